package org.servicechain.identity;

import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for form login; a throttled username answers as locked, whether or not the
 * account exists.
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
		boolean locked = this.throttle.isLocked(username);
		return this.users.findByUsernameIgnoreCase(username.strip())
			.<UserDetails>map((user) -> user.toCurrentUser(locked))
			.orElseGet(() -> {
				if (locked && !username.isBlank()) {
					// Unknown usernames are throttled too; answering them as locked like
					// real accounts keeps the lock from revealing which accounts exist.
					return User.withUsername(username).password("").authorities(List.of()).accountLocked(true).build();
				}
				throw new UsernameNotFoundException("No such user");
			});
	}

}
