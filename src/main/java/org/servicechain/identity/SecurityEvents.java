package org.servicechain.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

import org.servicechain.shared.SecurityEventLog;

/**
 * Feeds Spring Security's events into the security event log: sign-ins, failed and
 * delayed ones, and access denied by the URL rules. Actors are named by user id; a failed
 * sign-in names the account id when the account exists, never the typed name.
 */
@Component
class SecurityEvents {

	private final UserAccounts users;

	SecurityEvents(UserAccounts users) {
		this.users = users;
		SecurityEventLog.useActor(() -> CurrentUser.get().map((user) -> user.id().toString()).orElse("anonymous"));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			SecurityEventLog.record("login", user.id().toString(), user.id());
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String account = this.users.findByUsername(LoginNames.canonical(event.getAuthentication().getName()))
			.map((user) -> user.getId().toString())
			.orElse("unknown");
		SecurityEventLog.record(event instanceof AuthenticationFailureLockedEvent ? "login-delayed" : "login-failed",
				"anonymous", account);
	}

	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		SecurityEventLog.record("access-denied", null);
	}

}
