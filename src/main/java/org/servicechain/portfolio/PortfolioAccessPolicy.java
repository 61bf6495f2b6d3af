package org.servicechain.portfolio;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.UserView;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who sees and changes a portfolio (REP-3). Every path asks
 * it: the pages, the API, the export, the assessor's list.
 * <ul>
 * <li>Only staff have portfolios (their work is in the records).</li>
 * <li>The practitioner reads their own, adds and annotates evidence and asks
 * witnesses.</li>
 * <li>Managers read every staff member's portfolio and assign its assessor; there is no
 * line-manager relation in the product, so "their manager" is every manager.</li>
 * <li>The assessor assigned to a portfolio reads it, exports it and marks its criteria;
 * an assessor sees no other portfolio and, not being staff, nothing else of the
 * product.</li>
 * <li>Everybody else, administrators included, is told "not found", exactly as for a user
 * who does not exist.</li>
 * </ul>
 */
@Component
public class PortfolioAccessPolicy {

	/**
	 * How the caller stands to one portfolio.
	 */
	enum Standing {

		OWNER, MANAGER, ASSESSOR

	}

	CurrentUser caller() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/**
	 * @param assessorId the portfolio's assessor, {@literal null} without one (or without
	 * a portfolio yet)
	 * @throws NotFoundException when the caller may not see it
	 */
	Standing requireReadable(CurrentUser caller, UserView owner, @Nullable UUID assessorId) {
		if (!owner.role().isStaff()) {
			throw notFound(owner.username());
		}
		if (caller.id().equals(owner.id())) {
			return Standing.OWNER;
		}
		if (caller.hasRole(Role.ASSESSOR) && caller.id().equals(assessorId)) {
			return Standing.ASSESSOR;
		}
		if (caller.hasRole(Role.MANAGER)) {
			return Standing.MANAGER;
		}
		throw notFound(owner.username());
	}

	void requireOwner(Standing standing) {
		if (standing != Standing.OWNER) {
			throw new AccessDeniedException("Only the practitioner chooses and annotates their evidence");
		}
	}

	void requireAssessor(Standing standing) {
		if (standing != Standing.ASSESSOR) {
			throw new AccessDeniedException("Only the assessor assigned to this portfolio marks its criteria");
		}
	}

	void requireManager(Standing standing) {
		if (standing != Standing.MANAGER) {
			throw new AccessDeniedException("Managers assign assessors");
		}
	}

	/**
	 * @return whether the caller has a list of assigned portfolios to see
	 */
	public boolean isAssessor() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ASSESSOR)).orElse(false);
	}

	static NotFoundException notFound(Object user) {
		return new NotFoundException("Portfolio", user);
	}

}
