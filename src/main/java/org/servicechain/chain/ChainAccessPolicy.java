package org.servicechain.chain;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and change the service chain (REC-4). Every read
 * and write path of the module asks it, so lists, single records, analysis and exports
 * cannot become side doors. Staff see the whole chain; administrators and managers change
 * it; any staff member may add to a relationship log. Partner users and customers see
 * only their own party, and a party they may not see answers "not found", exactly like
 * one that does not exist.
 */
@Component
public class ChainAccessPolicy {

	public boolean canRead() {
		return CurrentUser.get().map(CurrentUser::isStaff).orElse(false);
	}

	public boolean canEdit() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

	void requireRead() {
		if (!canRead()) {
			throw new AccessDeniedException("Only staff may see the service chain");
		}
	}

	void requireEdit() {
		if (!canEdit()) {
			throw new AccessDeniedException("Only administrators and managers may change the service chain");
		}
	}

	void requireLogEntry() {
		requireRead();
	}

	/**
	 * Staff may see any party; partner users and customers only their own.
	 */
	void requirePartyVisible(UUID partyId) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!user.isStaff() && !partyId.equals(user.partyId())) {
			throw new NotFoundException("Party", partyId);
		}
	}

}
