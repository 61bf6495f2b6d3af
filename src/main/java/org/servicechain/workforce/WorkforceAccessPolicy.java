package org.servicechain.workforce;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and change patterns, absences, forecasts and
 * contingency (WF-1 … WF-4; REC-4). Every path asks it: pages, the API, the team
 * calendar, the dashboard hint, moving work.
 * <ul>
 * <li>Only staff see anything here; partner users and customers never do.</li>
 * <li>Every member of staff sees the team calendar and asks for their own absences. On
 * the calendar colleagues see that someone is away, not why (sickness is personal); the
 * person, their stand-in and managers see the kind and the note.</li>
 * <li>Administrators and managers set working patterns, record absences for others,
 * approve or refuse absences (never their own), move an absent person's work, adjust
 * forecasts and see capacity.</li>
 * </ul>
 */
@Component
public class WorkforceAccessPolicy {

	CurrentUser caller() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!user.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
		return user;
	}

	boolean manager(CurrentUser caller) {
		return caller.hasRole(Role.ADMIN, Role.MANAGER);
	}

	/**
	 * @return whether the signed-in user is a manager; for pages that show the managers'
	 * parts.
	 */
	public boolean isManager() {
		return CurrentUser.get().map(this::manager).orElse(false);
	}

	CurrentUser requireManager(String field, String what) {
		CurrentUser caller = caller();
		if (!manager(caller)) {
			throw new InvalidInputException(field, "authority", "only a manager or an administrator may " + what);
		}
		return caller;
	}

	boolean seesDetail(CurrentUser caller, Absence absence) {
		return manager(caller) || caller.getUsername().equals(absence.getUsername())
				|| caller.getUsername().equals(absence.getStandIn());
	}

	/**
	 * An absence the caller may not open answers "not found", like one that does not
	 * exist.
	 */
	void requireRead(CurrentUser caller, Absence absence) {
		if (!seesDetail(caller, absence)) {
			throw new NotFoundException("absence", absence.getId());
		}
	}

	boolean mayDecide(CurrentUser caller, Absence absence) {
		return manager(caller) && !caller.getUsername().equals(absence.getUsername())
				&& absence.getStatus() == AbsenceStatus.REQUESTED;
	}

	boolean mayCancel(CurrentUser caller, Absence absence) {
		return (manager(caller) || caller.getUsername().equals(absence.getUsername()))
				&& absence.getStatus().standing();
	}

	void requireDecide(CurrentUser caller, Absence absence) {
		if (!manager(caller)) {
			throw new InvalidInputException("approver", "authority",
					"only a manager or an administrator may approve or refuse absences; " + caller.displayName()
							+ " is " + caller.role().label().toLowerCase(java.util.Locale.ROOT));
		}
		if (caller.getUsername().equals(absence.getUsername())) {
			throw new InvalidInputException("approver", "not-own",
					"nobody approves their own absence; another manager decides it");
		}
	}

}
