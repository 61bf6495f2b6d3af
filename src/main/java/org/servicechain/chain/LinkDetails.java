package org.servicechain.chain;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a link: which party provides which service to which party.
 */
public record LinkDetails(@NotNull UUID serviceId, @NotNull UUID providerId, @NotNull UUID consumerId,
		@Nullable @Size(max = 2000) String description) {

	public LinkDetails {
		description = (description == null || description.isBlank()) ? null : description.strip();
	}

}
