package org.servicechain.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.SqlTimes;

/**
 * Locks a username for a while after repeated failed sign-ins, so passwords cannot be
 * guessed at speed. The counters live in the database, so every instance of a cluster
 * sees the same lock. Unknown usernames are counted too, so the lock does not reveal
 * which accounts exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final IdentitySettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return this.jdbc.sql("select locked_until from login_throttle where username = ?")
			.param(key(username))
			.query(OffsetDateTime.class)
			.optional()
			.map((until) -> until.toInstant().isAfter(Instant.now(this.clock)))
			.orElse(false);
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = key(event.getAuthentication().getName());
		OffsetDateTime now = SqlTimes.utc(Instant.now(this.clock));
		int updated = this.jdbc
			.sql("update login_throttle set failures = failures + 1, last_failure_at = ? where username = ?")
			.params(now, username)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("insert into login_throttle (username, failures, last_failure_at) values (?, 1, ?)")
					.params(username, now)
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				this.jdbc.sql("update login_throttle set failures = failures + 1 where username = ?")
					.param(username)
					.update();
			}
		}
		this.jdbc.sql("update login_throttle set locked_until = ?, failures = 0 where username = ? and failures >= ?")
			.params(now.plus(this.settings.lockDuration()), username, this.settings.maxLoginFailures())
			.update();
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		this.jdbc.sql("delete from login_throttle where username = ?")
			.param(key(event.getAuthentication().getName()))
			.update();
	}

	private static String key(String username) {
		String key = username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

}
