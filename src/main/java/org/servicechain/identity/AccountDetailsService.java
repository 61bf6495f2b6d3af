package org.servicechain.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads users for form login by the canonical form of the typed name; while the account
 * or the client address must wait after failed attempts, the name answers as locked,
 * whether or not the account exists.
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts users;

	private final LoginThrottle throttle;

	AccountDetailsService(UserAccounts users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		boolean locked = this.throttle.waitBeforeNextAttempt(username, clientAddress()).isPresent();
		return this.users.findByUsername(LoginNames.canonical(username))
			.<UserDetails>map((user) -> user.toCurrentUser(locked))
			.orElseGet(() -> {
				if (locked && !username.isBlank()) {
					// Unknown usernames are throttled too; answering them as locked like
					// real accounts keeps the delay from revealing which accounts exist.
					return User.withUsername(username).password("").authorities(List.of()).accountLocked(true).build();
				}
				throw new UsernameNotFoundException("No such user");
			});
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
