package org.servicechain.reviews;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
 * And who sees and acts on review meetings, 1:1s and objectives (PM-1, PM-3):
 * <ul>
 * <li>A partner review is read and run by staff; the partner's own users read it, comment
 * on its minutes and update the actions their side owns. Any other party's meeting, and
 * every meeting for a customer, answers "not found".</li>
 * <li>A 1:1 is read and recorded by its person and its manager, and by managers and
 * administrators; to anyone else it does not exist.</li>
 * <li>Objectives of a person are read by that person, managers and administrators; those
 * of a team or partner by staff. Managers and administrators set objectives and start 1:1
 * series.</li>
 * <li>A person's evaluation report and development plan are read by that person and by
 * managers and administrators; a team's by its members and by managers and
 * administrators. Partners and customers never.</li>
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

	// Meetings and objectives

	/**
	 * @return whether the caller may read a meeting (or series) of this scope
	 */
	boolean canRead(CurrentUser user, MeetingScope scope) {
		return switch (scope.kind()) {
			case PARTNER_REVIEW -> user.isStaff() || (user.hasRole(Role.PARTNER) && scope.partyId() != null
					&& scope.partyId().equals(user.partyId()));
			case ONE_TO_ONE -> user.isStaff() && (user.hasRole(Role.ADMIN, Role.MANAGER)
					|| user.getUsername().equals(scope.person()) || user.getUsername().equals(scope.manager()));
		};
	}

	/**
	 * @throws NotFoundException when the caller may not read a meeting of this scope
	 */
	CurrentUser requireMeetingReadable(MeetingScope scope, UUID id) {
		CurrentUser user = caller();
		if (!canRead(user, scope)) {
			throw new NotFoundException("Meeting", id);
		}
		return user;
	}

	/**
	 * Planning, the agenda, minutes, decisions and new actions: staff for a partner
	 * review, the two people (or a manager) for a 1:1.
	 * @throws NotFoundException when the caller may not even read it
	 */
	CurrentUser requireMeetingEditable(MeetingScope scope, UUID id) {
		CurrentUser user = requireMeetingReadable(scope, id);
		if (!user.isStaff()) {
			throw new AccessDeniedException("The minutes are kept by staff; add a comment instead");
		}
		return user;
	}

	/**
	 * Updating an action: whoever may edit the meeting, and the partner's users for the
	 * actions their side owns.
	 */
	CurrentUser requireActionUpdatable(MeetingScope scope, UUID meetingId, boolean partnerOwned) {
		CurrentUser user = requireMeetingReadable(scope, meetingId);
		if (!user.isStaff() && !partnerOwned) {
			throw new AccessDeniedException("Only actions your side owns are yours to update");
		}
		return user;
	}

	/**
	 * @return whether the caller may read objectives of this subject
	 */
	boolean canReadObjective(CurrentUser user, @Nullable String person) {
		if (!user.isStaff()) {
			return false;
		}
		return person == null || user.hasRole(Role.ADMIN, Role.MANAGER) || user.getUsername().equals(person);
	}

	/**
	 * A person's evaluation report and development plan: that person, and managers and
	 * administrators. Never a partner or customer.
	 */
	boolean canReadEvaluation(CurrentUser user, String person) {
		return user.isStaff() && (user.hasRole(Role.ADMIN, Role.MANAGER) || user.getUsername().equals(person));
	}

	/**
	 * @return whether the current user may start 1:1 series and set objectives
	 */
	public boolean canLead() {
		return canManage();
	}

	/**
	 * @return whether the current user may edit the record of a meeting of this scope
	 */
	boolean canEdit(MeetingScope scope) {
		return CurrentUser.get().map((user) -> canRead(user, scope) && user.isStaff()).orElse(false);
	}

	/**
	 * @return whether the current user may change settings and answer disputes
	 */
	public boolean canManage() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

}
