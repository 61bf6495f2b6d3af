package org.servicechain.chain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a service when creating or editing it.
 */
public record ServiceDetails(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 2000) String description) {

	public ServiceDetails {
		description = (description == null || description.isBlank()) ? null : description.strip();
	}

}
