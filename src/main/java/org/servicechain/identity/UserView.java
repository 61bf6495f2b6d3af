package org.servicechain.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user as shown in lists and the API; never the password hash.
 */
public record UserView(UUID id, long version, String username, String displayName, @Nullable String email, Role role,
		@Nullable UUID partyId, @Nullable String partyName, boolean enabled, Instant createdAt) {

}
