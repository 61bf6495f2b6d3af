package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What is sent to take each step of a complaint (CMP-2, CMP-3).
 */
public final class ComplaintCommands {

	private ComplaintCommands() {
	}

	/**
	 * @param message the message to the customer; empty to send the policy's template
	 * filled in
	 */
	public record Acknowledgement(@Nullable @Size(max = 4000) String message) {

	}

	public record Apology(@NotBlank @Size(max = 4000) String wording) {

	}

	/**
	 * @param responsiblePartyId the link in the chain responsible: the party whose part
	 * failed
	 */
	public record Analysis(@NotBlank @Size(max = 4000) String rootCause, @NotBlank @Size(max = 80) String causeCategory,
			@Nullable UUID responsiblePartyId) {

	}

	/**
	 * @param approverContactId the contact who approved a remedy above the handler's
	 * discretion
	 */
	public record Action(@NotNull Remedy remedy, @NotNull @DecimalMin("0") BigDecimal value,
			@NotBlank @Size(max = 4000) String description, @Nullable @Size(max = 4000) String actionsRaised,
			@Nullable UUID approverContactId) {

	}

	public record Answer(boolean accepted, @Nullable @Size(max = 4000) String comment) {

	}

	/**
	 * @param followUpOn when to check again that it stays resolved; empty for the
	 * policy's follow-up period
	 */
	public record Assurance(@NotBlank @Size(max = 4000) String note, @Nullable LocalDate followUpOn) {

	}

	/**
	 * @param partyId the team or partner, for those targets
	 * @param manager the manager's login name, for an escalation
	 * @param newDueAt the new due time of the step now due (within the final response
	 * deadline)
	 * @param sharePersonalData whether a partner may see the complainant's personal data
	 */
	public record Referral(@NotNull ReferralTarget target, @Nullable UUID partyId, @Nullable String manager,
			@NotBlank @Size(max = 2000) String reason, @Nullable Instant newDueAt,
			@Nullable Boolean sharePersonalData) {

		public boolean shared() {
			return Boolean.TRUE.equals(this.sharePersonalData);
		}

	}

	public record FollowUp(@NotBlank @Size(max = 4000) String note) {

	}

}
