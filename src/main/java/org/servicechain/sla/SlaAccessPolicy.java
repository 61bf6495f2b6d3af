package org.servicechain.sla;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestQueries;
import org.servicechain.shared.NotFoundException;

/**
 * Who may see clocks, ledgers and compliance (REC-4): staff who may read the request or
 * agreement. The ledger names internal teams, suppliers and how long each held the work,
 * so portal users never see it; a request they may not read answers 404 like a missing
 * one. Re-basing clocks is for administrators and managers.
 */
@Component
public class SlaAccessPolicy {

	private final RequestQueries requests;

	SlaAccessPolicy(RequestQueries requests) {
		this.requests = requests;
	}

	void requireRequest(UUID requestId) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("Request", requestId));
		if (!user.isStaff()) {
			throw new NotFoundException("Request", requestId);
		}
		this.requests.request(requestId);
	}

	void requireStaff() {
		if (!CurrentUser.get().map(CurrentUser::isStaff).orElse(false)) {
			throw new AccessDeniedException("Only staff see clocks and compliance");
		}
	}

	void requireAdmin() {
		if (!CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN)).orElse(false)) {
			throw new AccessDeniedException("Only administrators run the sweep or rebuild the clock index");
		}
	}

	public boolean canRebase() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

	void requireRebase() {
		if (!canRebase()) {
			throw new AccessDeniedException("Only administrators and managers re-base clocks");
		}
	}

}
