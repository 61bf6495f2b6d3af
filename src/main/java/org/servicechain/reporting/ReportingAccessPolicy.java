package org.servicechain.reporting;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who sees which reports (REP-1), asked by every path: pages,
 * the API, exports, drill-downs, pins, the dashboard panel and scheduled mail (which runs
 * as its owner).
 * <ul>
 * <li>Administrators, managers and agents see every figure, with any filter.</li>
 * <li>Internal team members and partner users see their own party's figures only: the
 * filter's partner is always their party; naming another party answers "not found",
 * exactly like a party that does not exist.</li>
 * <li>Customers see no reports (403).</li>
 * </ul>
 */
@Component
public class ReportingAccessPolicy {

	CurrentUser caller() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/**
	 * @return the filter the caller may have counted: as asked for staff, narrowed to
	 * their own party for team members and partners
	 * @throws AccessDeniedException for customers
	 * @throws NotFoundException when a team member or partner names another party
	 */
	ReportFilter scoped(ReportFilter asked) {
		CurrentUser user = caller();
		if (fullView(user)) {
			return asked;
		}
		UUID party = ownParty(user);
		if (asked.partner() != null && !asked.partner().equals(party)) {
			throw new NotFoundException("Party", asked.partner());
		}
		return asked.withPartner(party);
	}

	/**
	 * Staffing figures (the forecast against capacity) are for managers only: a partner
	 * or an agent asking gets "not found", as for a report that does not exist.
	 */
	void requireMayCount(ReportKind kind) {
		if (kind.managersOnly() && !caller().hasRole(Role.ADMIN, Role.MANAGER)) {
			throw new NotFoundException("Report", kind.key());
		}
	}

	/**
	 * @return whether the caller sees every party's figures
	 */
	boolean fullView(CurrentUser user) {
		return user.hasRole(Role.ADMIN, Role.MANAGER, Role.AGENT);
	}

	private static UUID ownParty(CurrentUser user) {
		if (!user.hasRole(Role.TEAM_MEMBER, Role.PARTNER) || user.partyId() == null) {
			throw new AccessDeniedException("Reports are for staff and partners");
		}
		return user.partyId();
	}

	/**
	 * @throws AccessDeniedException unless the caller may read reports at all
	 */
	CurrentUser requireReader() {
		CurrentUser user = caller();
		if (!fullView(user)) {
			ownParty(user);
		}
		return user;
	}

	/**
	 * @return whether the current user may open the records behind a bar (staff; a
	 * partner sees references only)
	 */
	public boolean canOpenRecords() {
		return CurrentUser.get().map(CurrentUser::isStaff).orElse(false);
	}

	/**
	 * @return the reports a role's dashboard shows first (REP-1): what an agent works
	 * from, what a team or partner is measured by, everything for managers
	 */
	public List<ReportKind> dashboardOf(@Nullable Role role) {
		if (role == null) {
			return List.of();
		}
		return switch (role) {
			case ADMIN, MANAGER -> List.of(ReportKind.values());
			case AGENT -> List.of(ReportKind.BACKLOG_AGE, ReportKind.SLA_BY_PRIORITY, ReportKind.FEEDBACK_SCORES,
					ReportKind.COMPLAINTS_BY_CAUSE);
			case TEAM_MEMBER -> List.of(ReportKind.BACKLOG_AGE, ReportKind.SLA_BY_PRIORITY, ReportKind.SLA_BY_LINK,
					ReportKind.COMPLAINTS_BY_CAUSE, ReportKind.FEEDBACK_SCORES);
			case PARTNER -> List.of(ReportKind.SLA_BY_LINK, ReportKind.SLA_BY_PRIORITY, ReportKind.BACKLOG_AGE,
					ReportKind.COMPLAINTS_BY_CAUSE, ReportKind.COMPLAINT_RESOLUTION);
			case CUSTOMER, ASSESSOR -> List.of();
		};
	}

}
