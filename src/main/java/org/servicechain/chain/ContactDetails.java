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
 * @param postalAddress where letters reach them, lines separated by new lines (without
 * the postcode; an address abroad with its own postal code and country)
 * @param postcode a UK postcode, checked and kept as {@code M1 1AE}
 */
public record ContactDetails(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 120) String jobRole,
		@Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 40) String phone,
		@Nullable Channel preferredChannel, @Nullable @Size(max = 500) String communicationStyle,
		@Nullable @Size(max = 500) String availability, @Nullable Boolean canApproveSpend,
		@Nullable @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal spendLimit,
		@Nullable Boolean canSetPriorities, @Nullable Boolean canSignAgreements,
		@Nullable @Min(1) @Max(5) Integer escalationLevel, @Nullable UUID reportsToId,
		@Nullable @Valid @Size(max = 50) List<Influence> influences, @Nullable @Size(max = 300) String postalAddress,
		@Nullable @Size(max = 12) String postcode) {

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
		postalAddress = blankToNull(postalAddress);
		postcode = blankToNull(postcode);
	}

	/**
	 * A contact without a postal address.
	 */
	public ContactDetails(String name, @Nullable String jobRole, @Nullable String email, @Nullable String phone,
			@Nullable Channel preferredChannel, @Nullable String communicationStyle, @Nullable String availability,
			@Nullable Boolean canApproveSpend, @Nullable BigDecimal spendLimit, @Nullable Boolean canSetPriorities,
			@Nullable Boolean canSignAgreements, @Nullable Integer escalationLevel, @Nullable UUID reportsToId,
			@Nullable List<Influence> influences) {
		this(name, jobRole, email, phone, preferredChannel, communicationStyle, availability, canApproveSpend,
				spendLimit, canSetPriorities, canSignAgreements, escalationLevel, reportsToId, influences, null, null);
	}

	/**
	 * @return these details with the mail address, phone number and postcode in the form
	 * they are kept in
	 */
	ContactDetails withContactFields(@Nullable String normalisedEmail, @Nullable String normalisedPhone,
			@Nullable String normalisedPostcode) {
		return new ContactDetails(this.name, this.jobRole, normalisedEmail, normalisedPhone, this.preferredChannel,
				this.communicationStyle, this.availability, this.canApproveSpend, this.spendLimit,
				this.canSetPriorities, this.canSignAgreements, this.escalationLevel, this.reportsToId, this.influences,
				this.postalAddress, normalisedPostcode);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
