package org.servicechain.reviews;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who sees and acts on scorecards (PM-2). Every path asks it:
 * pages, the API, the portal, the counts on the dashboard.
 * <ul>
 * <li>Staff see every partner's and team's scorecard and its disputes.</li>
 * <li>A partner user sees only their own party's scorecard, and disputes its figures. Any
 * other party's card answers "not found", exactly like a party that does not exist.</li>
 * <li>Customers see no scorecard.</li>
 * <li>Administrators and managers change how measures are weighed and answer
 * disputes.</li>
 * </ul>
 */
@Component
public class ReviewAccessPolicy {

	CurrentUser caller() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/**
	 * @throws NotFoundException when the caller may not see this party's scorecard
	 */
	CurrentUser requireReadable(UUID partyId) {
		CurrentUser user = caller();
		if (user.isStaff()) {
			return user;
		}
		if (user.hasRole(Role.PARTNER) && partyId.equals(user.partyId())) {
			return user;
		}
		throw new NotFoundException("Scorecard", partyId);
	}

	CurrentUser requireStaff() {
		CurrentUser user = caller();
		if (!user.isStaff()) {
			throw new AccessDeniedException("Scorecards of every party are for staff");
		}
		return user;
	}

	CurrentUser requireManager() {
		CurrentUser user = caller();
		if (!user.hasRole(Role.ADMIN, Role.MANAGER)) {
			throw new AccessDeniedException("Only managers and administrators change scorecards and answer disputes");
		}
		return user;
	}

	/**
	 * @return whether the current user may change settings and answer disputes
	 */
	public boolean canManage() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

}
