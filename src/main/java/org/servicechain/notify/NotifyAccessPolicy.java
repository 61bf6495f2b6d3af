package org.servicechain.notify;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;

/**
 * The one place that decides who may do what here (REC-4). Everyone signed in reads and
 * marks their own notifications and sets their own preferences, and nobody else's: a
 * notification of someone else answers "not found". Only administrators read the outbox
 * and the mail log, retry deliveries, edit mail templates and manage webhooks. Who is
 * told of an event at all is decided by the access policy of the module the event belongs
 * to (see {@code Audiences}).
 */
@Component
public class NotifyAccessPolicy {

	/**
	 * @return the signed-in person's username.
	 */
	String me() {
		return signedIn().getUsername();
	}

	void requireAdmin() {
		if (!signedIn().hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators see the outbox, mail templates and webhooks");
		}
	}

	public boolean isAdmin() {
		return CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN)).orElse(false);
	}

	private static CurrentUser signedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

}
