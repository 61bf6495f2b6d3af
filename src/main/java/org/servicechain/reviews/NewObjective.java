package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a new objective says; every field is checked and a bad one named.
 *
 * @param person the login name of the person (for a person's objective)
 * @param partyId the team or partner party (for theirs)
 * @param achievableBy whose judgement says the target is achievable
 */
public record NewObjective(@Nullable ObjectiveSubject subject, @Nullable String person, @Nullable UUID partyId,
		@Nullable String specific, @Nullable ObjectiveMetric metric, @Nullable Double baseline, @Nullable Double target,
		@Nullable LocalDate startsOn, @Nullable LocalDate deadline, @Nullable UUID serviceId,
		@Nullable String achievableBy) {

}
