package org.servicechain.identity;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Command to change a user; {@code version} is the version the editor started from.
 */
public record UserChanges(@NotNull Long version, @NotBlank @Size(max = 120) String displayName,
		@Nullable @Email @Size(max = 200) String email, @NotNull Role role, @Nullable UUID partyId, boolean enabled) {

}
