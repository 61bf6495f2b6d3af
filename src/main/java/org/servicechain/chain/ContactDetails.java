package org.servicechain.chain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a contact (CHAIN-4, CHAIN-5).
 *
 * @param canApproveSpend a decision right; this one, {@code canSetPriorities} and
 * {@code canSignAgreements} are not held when left out (boxed, because Jackson 3 refuses
 * a missing primitive and the API documents them as optional)
 * @param escalationLevel 1 (first line) to 5 (executive), or empty when they take no
 * escalations
 */
public record ContactDetails(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 120) String jobRole,
		@Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 40) String phone,
		@Nullable Channel preferredChannel, @Nullable @Size(max = 500) String communicationStyle,
		@Nullable @Size(max = 500) String availability, @Nullable Boolean canApproveSpend,
		@Nullable @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal spendLimit,
		@Nullable Boolean canSetPriorities, @Nullable Boolean canSignAgreements,
		@Nullable @Min(1) @Max(5) Integer escalationLevel, @Nullable UUID reportsToId,
		@Nullable @Valid @Size(max = 50) List<Influence> influences) {

	public ContactDetails {
		jobRole = blankToNull(jobRole);
		email = blankToNull(email);
		phone = blankToNull(phone);
		communicationStyle = blankToNull(communicationStyle);
		availability = blankToNull(availability);
		canApproveSpend = Boolean.TRUE.equals(canApproveSpend);
		canSetPriorities = Boolean.TRUE.equals(canSetPriorities);
		canSignAgreements = Boolean.TRUE.equals(canSignAgreements);
		influences = influences == null ? List.of() : List.copyOf(influences);
	}

	/**
	 * @return these details with the mail address and phone number in the form they are
	 * kept in
	 */
	ContactDetails withContactFields(@Nullable String normalisedEmail, @Nullable String normalisedPhone) {
		return new ContactDetails(this.name, this.jobRole, normalisedEmail, normalisedPhone, this.preferredChannel,
				this.communicationStyle, this.availability, this.canApproveSpend, this.spendLimit,
				this.canSetPriorities, this.canSignAgreements, this.escalationLevel, this.reportsToId, this.influences);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
