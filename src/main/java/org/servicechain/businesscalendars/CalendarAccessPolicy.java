package org.servicechain.businesscalendars;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;

/**
 * The one place that decides who may see and change the stored business calendars
 * (AGREE-5, REC-4). Staff read calendars and ask them for due times; administrators and
 * managers create, change, import into and delete them. Partner users and customers see
 * none of them.
 */
@Component
public class CalendarAccessPolicy {

	public boolean canRead() {
		return CurrentUser.get().map(CurrentUser::isStaff).orElse(false);
	}

	public boolean canEdit() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
	}

	void requireRead() {
		if (!canRead()) {
			throw new AccessDeniedException("Only staff may see business calendars");
		}
	}

	void requireEdit() {
		if (!canEdit()) {
			throw new AccessDeniedException("Only administrators and managers may change business calendars");
		}
	}

}
