package org.servicechain.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for form login; a throttled account answers as locked.
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
		return this.users.findByUsernameIgnoreCase(username.strip())
			.map((user) -> user.toCurrentUser(this.throttle.isLocked(username)))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
