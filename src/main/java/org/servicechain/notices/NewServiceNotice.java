package org.servicechain.notices;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notice as a manager declares it. Every field is checked by the facade, which names
 * the field and the rule it breaks.
 *
 * @param subjectId the party, link or service the work or incident is at
 * @param endsAt when it is expected to end; may be left open for an incident
 * @param originId what the notice was issued for (a contingency incident), if anything
 */
public record NewServiceNotice(@Nullable NoticeKind kind, @Nullable NoticeSubject subject, @Nullable UUID subjectId,
		@Nullable String title, @Nullable String message, @Nullable Instant startsAt, @Nullable Instant endsAt,
		@Nullable UUID originId) {

}
