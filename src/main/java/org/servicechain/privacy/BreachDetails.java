package org.servicechain.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a personal-data breach (UK GDPR Art. 33(3) and (5)).
 *
 * @param awareAt when the organisation became aware of it: the 72 hours count from here
 * @param description what happened
 * @param categories the categories of data and of people concerned
 * @param approxPeople approximately how many people
 * @param approxRecords approximately how many records
 * @param consequences the likely consequences
 * @param measures the measures taken or proposed, also to limit its effects
 * @param risk the assessed risk; {@code NOT_ASSESSED} when empty
 * @param notReportableReason why it is unlikely to result in a risk, when so assessed
 * @param reportedAt when it was reported to the ICO
 * @param delayReason why the report came later than 72 hours (Art. 33(1))
 * @param peopleInformedAt when the people concerned were told (Art. 34)
 * @param closed whether the work on it is done; not when empty
 */
public record BreachDetails(@Nullable Instant awareAt, @Nullable String description, @Nullable String categories,
		@Nullable Integer approxPeople, @Nullable Integer approxRecords, @Nullable String consequences,
		@Nullable String measures, @Nullable BreachRisk risk, @Nullable String notReportableReason,
		@Nullable Instant reportedAt, @Nullable String delayReason, @Nullable Instant peopleInformedAt,
		@Nullable Boolean closed) {

}
