package org.servicechain.improvement;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who sees and does what with audits (FB-7); the pages, the
 * API, the lists, the counts and a subject's history all ask it, per request, from the
 * user as stored now.
 * <ul>
 * <li>Administrators and managers design templates, schedule, cancel and see every audit,
 * and raise actions from findings.</li>
 * <li>The assigned auditor (any member of staff) sees and conducts their audit: records
 * results and findings and completes it.</li>
 * <li>Agents and internal team members who belong to a party see the completed audits of
 * that party, read-only.</li>
 * <li>Partner users and customers never see audits: lists answer 403, an audit by id 404,
 * as one that does not exist.</li>
 * </ul>
 */
@Component
public class AuditAccessPolicy {

	CurrentUser caller() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	static boolean manager(CurrentUser user) {
		return user.hasRole(Role.ADMIN, Role.MANAGER);
	}

	/**
	 * @return whether the signed-in user manages audits (for pages to show the forms)
	 */
	public boolean canManage() {
		return CurrentUser.get().map(AuditAccessPolicy::manager).orElse(false);
	}

	CurrentUser requireManage() {
		CurrentUser user = caller();
		if (!manager(user)) {
			throw new AccessDeniedException("Only administrators and managers manage audits");
		}
		return user;
	}

	CurrentUser requireStaff() {
		CurrentUser user = caller();
		if (!user.isStaff()) {
			throw new AccessDeniedException("Audits are for staff");
		}
		return user;
	}

	boolean canRead(CurrentUser user, Audit audit) {
		if (!user.isStaff()) {
			return false;
		}
		if (manager(user) || audit.getAuditor().equals(user.getUsername())) {
			return true;
		}
		UUID party = user.partyId();
		return party != null && party.equals(audit.getSubjectPartyId()) && audit.getStatus() == AuditStatus.COMPLETED;
	}

	void requireRead(CurrentUser user, Audit audit) {
		if (!canRead(user, audit)) {
			throw new NotFoundException("Audit", audit.getId());
		}
	}

	boolean canConduct(CurrentUser user, Audit audit) {
		return user.isStaff() && (manager(user) || audit.getAuditor().equals(user.getUsername()));
	}

	/**
	 * Someone who may read the audit but not conduct it is refused (403); someone who may
	 * not read it is told it does not exist (404).
	 */
	void requireConduct(CurrentUser user, Audit audit) {
		requireRead(user, audit);
		if (!canConduct(user, audit)) {
			throw new AccessDeniedException("Only the auditor or a manager conducts an audit");
		}
	}

}
