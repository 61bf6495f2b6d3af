package org.servicechain.chain;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a party when creating or editing it (CHAIN-1, CHAIN-5).
 *
 * @param internal must be given for customers; for other kinds it follows from the kind
 * and may be left empty
 */
public record PartyDetails(@NotBlank @Size(max = 120) String name, @NotNull PartyKind kind, @Nullable Boolean internal,
		@Nullable CustomerType customerType, @Nullable @Size(max = 2000) String description,
		@Nullable PartnerStatus partnerStatus, @Nullable LocalDate partnerStatusSince,
		@Nullable @Valid @Size(max = 20) List<InformationSource> informationSources) {

	public PartyDetails {
		informationSources = informationSources == null ? List.of() : List.copyOf(informationSources);
		description = (description == null || description.isBlank()) ? null : description.strip();
	}

	boolean resolvedInternal() {
		Boolean fixed = this.kind.fixedInternal();
		return fixed != null ? fixed : Boolean.TRUE.equals(this.internal);
	}

}
