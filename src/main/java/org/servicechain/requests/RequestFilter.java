package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * What a request list is narrowed to (REQ-5). Every field is optional.
 *
 * @param status any of these statuses; none means every status
 * @param active only requests still being worked (not resolved or closed)
 * @param internal only internal ({@code true}) or external ({@code false}) requesters
 * @param waitingOn {@code CUSTOMER}, {@code PARTNER}, or the id of the party holding an
 * open task
 * @param assignee a username, {@code me} or {@code none}
 * @param text words in the summary or the reference ({@code REQ-1042})
 * @param sort {@code due}, {@code priority}, {@code opened}, {@code activity} or
 * {@code reference}, with {@code -} in front for descending
 */
public record RequestFilter(@Nullable List<RequestStatus> status, @Nullable Boolean active, @Nullable Priority priority,
		@Nullable UUID service, @Nullable UUID requester, @Nullable UUID team, @Nullable Boolean internal,
		@Nullable String waitingOn, @Nullable Instant dueBefore, @Nullable String assignee, @Nullable String text,
		@Nullable Boolean escalated, @Nullable String sort) {

	public static RequestFilter none() {
		return new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
