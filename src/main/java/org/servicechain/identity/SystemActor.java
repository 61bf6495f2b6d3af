package org.servicechain.identity;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (first-run set-up, demo data, scheduled jobs) as the
 * {@code system} actor with administrator rights, so the same access policies and audit
 * apply.
 */
public final class SystemActor {

	/**
	 * The username work done by nobody in particular is recorded under.
	 */
	public static final String USERNAME = "system";

	private static final CurrentUser SYSTEM = new CurrentUser(new UUID(0, 0), USERNAME, "System", Role.ADMIN, null,
			null, true, false, false);

	private SystemActor() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * @return whether the username is the system actor's
	 */
	public static boolean is(@org.jspecify.annotations.Nullable String username) {
		return USERNAME.equals(username);
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
