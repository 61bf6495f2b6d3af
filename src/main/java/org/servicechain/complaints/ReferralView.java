package org.servicechain.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as people see it.
 *
 * @param customerDeadline for an outside referral, the last day the customer may take the
 * complaint to the ombudsman
 */
public record ReferralView(UUID id, Instant referredAt, String referredBy, ReferralTarget target,
		@Nullable UUID partyId, @Nullable String partyName, @Nullable String managerName, @Nullable ComplaintStep step,
		String reason, @Nullable Instant newDueAt, @Nullable LocalDate customerDeadline, boolean sharePersonalData) {

	public String to() {
		return switch (this.target) {
			case TEAM, PARTNER -> String.valueOf(this.partyName);
			case MANAGER -> String.valueOf(this.managerName);
			case OMBUDSMAN -> "Ombudsman";
		};
	}

}
