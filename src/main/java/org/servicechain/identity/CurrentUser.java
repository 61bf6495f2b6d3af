package org.servicechain.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as other modules see it: name, role and, for team members, partner
 * users and customers, the party they belong to. Access policies of every module decide
 * from this.
 */
public final class CurrentUser implements UserDetails {

	private final UUID id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final @Nullable UUID partyId;

	private final transient @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean passwordChangeRequired;

	CurrentUser(UUID id, String username, String displayName, Role role, @Nullable UUID partyId,
			@Nullable String passwordHash, boolean enabled, boolean locked, boolean passwordChangeRequired) {
		this.passwordChangeRequired = passwordChangeRequired;
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.partyId = partyId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	/**
	 * @return the user of the current request, if signed in.
	 */
	public static Optional<CurrentUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public @Nullable UUID partyId() {
		return this.partyId;
	}

	public boolean isStaff() {
		return this.role.isStaff();
	}

	public boolean hasRole(Role... roles) {
		return List.of(roles).contains(this.role);
	}

	/**
	 * @return whether the other holds the same name, role and party, so access decided
	 * for one holds for the other.
	 */
	boolean sameAs(CurrentUser other) {
		return this.id.equals(other.id) && this.username.equals(other.username)
				&& this.displayName.equals(other.displayName) && this.role == other.role
				&& java.util.Objects.equals(this.partyId, other.partyId) && this.enabled == other.enabled
				&& this.passwordChangeRequired == other.passwordChangeRequired;
	}

	/**
	 * @return whether the user signed in with a temporary password and must choose their
	 * own before doing anything else.
	 */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	CurrentUser withoutPassword() {
		return new CurrentUser(this.id, this.username, this.displayName, this.role, this.partyId, null, this.enabled,
				this.locked, this.passwordChangeRequired);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.username + " (" + this.role + ")";
	}

}
