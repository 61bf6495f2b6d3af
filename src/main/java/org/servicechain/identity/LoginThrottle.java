package org.servicechain.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.SqlTimes;

/**
 * Slows password guessing down with growing delays rather than a hard lock (REC-4, ASVS
 * 6.3): after a few free failures, each further failure makes the next attempt wait
 * longer (doubling up to a cap), counted per account and per client address. Nobody can
 * lock an account for long by knowing its name, and one address cannot try many accounts
 * quickly. The counters live in the database, so every instance sees them, and they are
 * forgotten after a quiet period. Failures are counted on the account actually found (its
 * id), not on the name typed, so look-alike spellings share one counter; unknown names
 * are counted under their canonical form, so the answer does not reveal which accounts
 * exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final IdentitySettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, UserAccounts users, IdentitySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return how long the caller must still wait before trying this name from this
	 * address, if at all.
	 */
	@Transactional(readOnly = true)
	Optional<Duration> waitBeforeNextAttempt(String typedName, @Nullable String address) {
		Instant now = Instant.now(this.clock);
		Duration longest = Duration.ZERO;
		for (String key : keys(typedName, address)) {
			Optional<Instant> next = this.jdbc
				.sql("select next_attempt_at from login_attempts where throttle_key = ? and last_failure_at > ?")
				.params(key, SqlTimes.utc(now.minus(this.settings.loginFailureMemory())))
				.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
				.optional()
				.filter((at) -> at != null)
				.map(OffsetDateTime::toInstant);
			if (next.isPresent() && next.get().isAfter(now)) {
				Duration wait = Duration.between(now, next.get());
				longest = wait.compareTo(longest) > 0 ? wait : longest;
			}
		}
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		Authentication attempt = event.getAuthentication();
		List<String> keys = keys(attempt.getName(), addressOf(attempt));
		Instant now = Instant.now(this.clock);
		countFailure(keys.get(0), this.settings.maxLoginFailures(), this.settings.maxLoginDelay(), now);
		if (keys.size() > 1) {
			countFailure(keys.get(1), this.settings.maxLoginFailuresPerAddress(), this.settings.maxAddressDelay(), now);
		}
	}

	/**
	 * A successful sign-in forgets the account's failures; the address's failures stay
	 * until they expire, so signing in to one's own account does not buy more guesses at
	 * others.
	 */
	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.jdbc.sql("delete from login_attempts where throttle_key = ?").param(accountKey(user.id())).update();
		}
	}

	private void countFailure(String key, int freeFailures, Duration maxDelay, Instant now) {
		Optional<Failures> known = this.jdbc
			.sql("select failures, last_failure_at from login_attempts where throttle_key = ?")
			.param(key)
			.query((rs, row) -> new Failures(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
		boolean forgotten = known.isEmpty()
				|| known.get().last().isBefore(now.minus(this.settings.loginFailureMemory()));
		int failures = forgotten ? 1 : known.get().count() + 1;
		Instant next = failures >= freeFailures ? now.plus(delay(failures - freeFailures, maxDelay)) : null;
		int updated = this.jdbc.sql(
				"update login_attempts set failures = ?, last_failure_at = ?, next_attempt_at = ? where throttle_key = ?")
			.params(failures, SqlTimes.utc(now), next != null ? SqlTimes.utc(next) : null, key)
			.update();
		if (updated == 0) {
			try {
				this.jdbc
					.sql("insert into login_attempts (throttle_key, failures, last_failure_at, next_attempt_at)"
							+ " values (?, ?, ?, ?)")
					.params(key, failures, SqlTimes.utc(now), next != null ? SqlTimes.utc(next) : null)
					.update();
			}
			catch (DuplicateKeyException raced) {
				this.jdbc.sql("update login_attempts set failures = failures + 1 where throttle_key = ?")
					.param(key)
					.update();
			}
		}
	}

	/**
	 * @return the wait after the given number of failures beyond the free ones: the first
	 * delay, doubled each time, never more than the cap.
	 */
	Duration delay(int beyondFree, Duration cap) {
		Duration first = this.settings.firstLoginDelay();
		if (beyondFree >= 30) {
			return cap;
		}
		Duration delay = first.multipliedBy(1L << beyondFree);
		return delay.compareTo(cap) > 0 ? cap : delay;
	}

	private List<String> keys(String typedName, @Nullable String address) {
		String name = LoginNames.canonical(typedName);
		List<String> keys = new ArrayList<>(2);
		keys.add(this.users.findByUsername(name)
			.map((user) -> accountKey(user.getId()))
			.orElseGet(() -> "name:" + (name.length() > 100 ? name.substring(0, 100) : name)));
		if (address != null && !address.isBlank()) {
			keys.add("address:" + (address.length() > 100 ? address.substring(0, 100) : address));
		}
		return keys;
	}

	private static String accountKey(java.util.UUID id) {
		return "account:" + id;
	}

	private static @Nullable String addressOf(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

	private record Failures(int count, Instant last) {

	}

}
