package org.servicechain.notices;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and declare service notices. Staff read every
 * notice with who was told; administrators and managers declare them, post updates and
 * give the all-clear (an agent may not announce work to the chain). Customers and partner
 * users read only the notices that concern their own party (the work is at it, or it was
 * found affected), without the list of people told; any other notice answers "not found".
 */
@Component
public class NoticeAccessPolicy {

	public boolean canDeclare() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

	CurrentUser requireDeclare() {
		CurrentUser user = signedIn();
		if (!user.hasRole(Role.ADMIN, Role.MANAGER)) {
			throw new AccessDeniedException("Only administrators and managers declare service notices");
		}
		return user;
	}

	CurrentUser caller() {
		return signedIn();
	}

	boolean canRead(CurrentUser user, ServiceNotice notice) {
		if (user.isStaff()) {
			return true;
		}
		return user.hasRole(Role.CUSTOMER, Role.PARTNER) && user.partyId() != null && notice.concerns(user.partyId());
	}

	void requireRead(CurrentUser user, ServiceNotice notice) {
		if (!canRead(user, notice)) {
			throw new NotFoundException("Service notice", notice.getId());
		}
	}

	/**
	 * @return whether the caller sees who was told (people of other parties).
	 */
	boolean seesDeliveries(CurrentUser user) {
		return user.isStaff();
	}

	private static CurrentUser signedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

}
