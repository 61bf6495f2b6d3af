package org.servicechain.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person who can be given work, as other modules see them: login name for the record,
 * display name for people.
 */
public record StaffMember(UUID id, String username, String displayName, Role role, @Nullable UUID partyId,
		boolean enabled) {

}
