package org.servicechain.privacy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;

/**
 * Who may see and act on personal-data records. Staff read a person's communication needs
 * and adjustments (they must be seen by whoever handles the person's requests, Equality
 * Act 2010); administrators and managers record the lawful basis, consent and needs; only
 * administrators export everything held about a person, erase it, and set and run the
 * retention rules.
 */
@Component
public class PrivacyAccessPolicy {

	public boolean canRead() {
		return CurrentUser.get().map(CurrentUser::isStaff).orElse(false);
	}

	public boolean canEdit() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

	public boolean canAdminister() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN)).orElse(false);
	}

	void requireRead() {
		if (!canRead()) {
			throw new AccessDeniedException("Only staff see a person's needs");
		}
	}

	void requireEdit() {
		if (!canEdit()) {
			throw new AccessDeniedException(
					"Only administrators and managers record a person's lawful basis and needs");
		}
	}

	void requireAdminister() {
		if (!canAdminister()) {
			throw new AccessDeniedException("Only administrators export, erase and set retention");
		}
	}

}
