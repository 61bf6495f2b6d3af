package org.servicechain.identity;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Command to create a user.
 *
 * @param password checked by the password rules (length, common passwords) when a person
 * sets it
 * @param partyId required for team members, partner users and customers; empty for other
 * staff
 */
public record NewUser(
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+",
				message = "may contain only letters, digits and . _ @ -") String username,
		@NotBlank @Size(max = 120) String displayName, @Nullable @Email @Size(max = 200) String email,
		@NotBlank String password, @NotNull Role role, @Nullable UUID partyId) {

}
