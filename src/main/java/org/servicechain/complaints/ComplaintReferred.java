package org.servicechain.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A complaint was referred or escalated (CMP-3): to a team or partner ({@code partyId}),
 * a manager ({@code manager}), or outside ({@code customerDeadline}, the last day the
 * customer may go to the ombudsman, which they must be told of).
 */
public record ComplaintReferred(UUID complaintId, String reference, ReferralTarget target, @Nullable UUID partyId,
		@Nullable String manager, @Nullable Instant newDueAt, @Nullable LocalDate customerDeadline) {

}
