package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a service when creating or editing it.
 *
 * @param needs the services this one needs from its provider's suppliers; {@literal null}
 * when it needs everything its provider receives, empty when it needs nothing from them
 */
public record ServiceDetails(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 2000) String description,
		@Nullable @Size(max = 100) List<UUID> needs) {

	public ServiceDetails {
		description = (description == null || description.isBlank()) ? null : description.strip();
		needs = (needs == null) ? null : needs.stream().distinct().toList();
	}

	public ServiceDetails(String name, @Nullable String description) {
		this(name, description, null);
	}

}
