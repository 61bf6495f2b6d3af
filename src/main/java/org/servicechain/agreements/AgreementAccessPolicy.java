package org.servicechain.agreements;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and act on agreements (REC-4). Staff read every
 * agreement; administrators and managers draft and steer them. Partner users and
 * customers read, comment on, counter-propose and accept only the agreements of their own
 * party, and only for their own side; any other agreement answers "not found".
 */
@Component
public class AgreementAccessPolicy {

	public boolean canEdit() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

	void requireEdit() {
		if (!canEdit()) {
			throw new AccessDeniedException("Only administrators and managers draft and steer agreements");
		}
	}

	void requireRead(Agreement agreement) {
		CurrentUser user = signedIn();
		if (!user.isStaff() && (user.partyId() == null || !agreement.involves(user.partyId()))) {
			throw new NotFoundException("Agreement", agreement.getId());
		}
	}

	boolean canRead(Agreement agreement) {
		CurrentUser user = signedIn();
		return user.isStaff() || (user.partyId() != null && agreement.involves(user.partyId()));
	}

	/**
	 * Editors act for either side (recording what the other side said or signed); a
	 * partner user or customer acts only for the side of their own party.
	 */
	void requireActFor(Agreement agreement, Side side) {
		requireRead(agreement);
		CurrentUser user = signedIn();
		if (canEdit()) {
			return;
		}
		if (user.isStaff() || user.partyId() == null || !user.partyId().equals(agreement.partyOf(side))) {
			throw new AccessDeniedException("You may act only for your own party's side of this agreement");
		}
	}

	void requireComment(Agreement agreement) {
		requireRead(agreement);
	}

	private static CurrentUser signedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

}
