package org.servicechain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.SecurityEventLog;
import org.servicechain.shared.SqlTimes;

/**
 * The optional second factor (ASVS 6.5): a time-based one-time code (TOTP, RFC 6238:
 * SHA-1, 6 digits, 30-second steps, one step of drift either way) from an authenticator
 * app, with ten single-use recovery codes; and the administrators' setting of which roles
 * must use one. A code is accepted once (the step it matched is remembered); five wrong
 * codes in a row delay the next attempt, doubling from a minute up to an hour. Secrets
 * are kept in the database as the authenticator app has them; recovery codes only as
 * SHA-256 hashes.
 */
@Service
public class SecondFactors {

	/** Session attribute: the password was right, the code is still to be given. */
	public static final String PENDING = SecondFactors.class.getName() + ".pending";

	static final String REQUIRED_FOR = "second-factor-required-for";

	private static final int STEP_SECONDS = 30;

	private static final String SECRET = "[A-Z2-7]{16,64}";

	private static final int FREE_FAILURES = 5;

	private static final Duration LONGEST_DELAY = Duration.ofHours(1);

	private static final int RECOVERY_CODES = 10;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CodeGenerator codes = new DefaultCodeGenerator();

	private volatile @Nullable Cached requiredFor;

	SecondFactors(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A secret offered to the signed-in user with its QR image, not yet in force.
	 */
	public record Offer(String secret, String qrDataUri) {

	}

	/**
	 * The outcome of a code given at sign-in.
	 */
	public record Verification(boolean accepted, @Nullable Instant retryAfter, boolean recoveryCodeUsed,
			int recoveryCodesLeft) {

	}

	/**
	 * @return whether the user has a second factor in force
	 */
	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		Integer count = this.jdbc.queryForObject("select count(*) from second_factor where user_id = ?", Integer.class,
				userId);
		return count != null && count > 0;
	}

	/**
	 * @return how many unused recovery codes the user has left
	 */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from recovery_code where user_id = ? and used_at is null", Integer.class, userId);
		return (count != null) ? count : 0;
	}

	/**
	 * A new secret for the signed-in user to add to their authenticator app.
	 */
	public Offer offer() {
		return offer(new DefaultSecretGenerator().generate());
	}

	/**
	 * The offer of a secret already made (a mistyped code is tried again without a new
	 * scan); anything that is not such a secret gets a new one.
	 */
	public Offer offer(String secret) {
		if (secret == null || !secret.matches(SECRET)) {
			return offer();
		}
		CurrentUser me = me();
		QrData data = new QrData.Builder().label(me.getUsername())
			.secret(secret)
			.issuer("Servicechain")
			.digits(6)
			.period(STEP_SECONDS)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			generator.setImageSize(240);
			return new Offer(secret, Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/**
	 * Puts the offered secret in force for the signed-in user once they show a code from
	 * it.
	 * @return the recovery codes, shown once
	 */
	@Transactional
	public List<String> enrol(String secret, String code) {
		CurrentUser me = me();
		if (secret == null || !secret.matches(SECRET)) {
			throw new InvalidInputException("secret", "format", "start again: the secret was not one we offered");
		}
		if (enrolled(me.id())) {
			throw new InvalidInputException("code", "enrolled",
					"a second factor is already set up; remove it first to set up another");
		}
		Long matched = match(secret, normalisedCode(code), Long.MIN_VALUE);
		if (matched == null) {
			throw new InvalidInputException("code", "matches",
					"that code does not match: check the app's clock and type the code it shows now");
		}
		this.jdbc.update(
				"insert into second_factor (user_id, secret, enrolled_at, last_step, failures) values (?, ?, ?, ?, 0)",
				me.id(), secret, SqlTimes.utc(now()), matched);
		SecurityEventLog.record("second-factor-enrolled", me.id());
		return newRecoveryCodes(me.id());
	}

	/**
	 * Replaces the signed-in user's recovery codes.
	 * @return the new codes, shown once
	 */
	@Transactional
	public List<String> renewRecoveryCodes(String code) {
		CurrentUser me = me();
		if (!verify(me.id(), code).accepted()) {
			throw new InvalidInputException("code", "matches", "that code does not match");
		}
		SecurityEventLog.record("recovery-codes-renewed", me.id());
		return newRecoveryCodes(me.id());
	}

	/**
	 * Removes the signed-in user's second factor, when they show a current code.
	 */
	@Transactional
	public void removeOwn(String code) {
		CurrentUser me = me();
		if (requiredFor().contains(me.role())) {
			throw new InvalidInputException("code", "required",
					"your role must use a second factor; set up a new one instead of removing it");
		}
		if (!verify(me.id(), code).accepted()) {
			throw new InvalidInputException("code", "matches", "that code does not match");
		}
		delete(me.id());
	}

	/**
	 * An administrator removes a user's second factor (a lost phone); the user sets up a
	 * new one at their next sign-in if their role requires one.
	 */
	@Transactional
	public void remove(UUID userId) {
		requireAdministrator();
		delete(userId);
	}

	private void delete(UUID userId) {
		this.jdbc.update("delete from recovery_code where user_id = ?", userId);
		this.jdbc.update("delete from second_factor where user_id = ?", userId);
		SecurityEventLog.record("second-factor-removed", userId);
	}

	/**
	 * Checks a code or recovery code given by a user at sign-in.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public Verification verify(UUID userId, String given) {
		List<Factor> factors = this.jdbc.query(
				"select secret, last_step, failures, next_attempt_at from second_factor where user_id = ? for update",
				(rs, i) -> new Factor(rs.getString(1), rs.getLong(2), rs.getInt(3),
						Optional.ofNullable(rs.getObject(4, OffsetDateTime.class))
							.map(OffsetDateTime::toInstant)
							.orElse(null)),
				userId);
		if (factors.isEmpty()) {
			return new Verification(false, null, false, 0);
		}
		Factor factor = factors.get(0);
		Instant now = now();
		if (factor.nextAttemptAt() != null && factor.nextAttemptAt().isAfter(now)) {
			SecurityEventLog.record("second-factor-delayed", userId);
			return new Verification(false, factor.nextAttemptAt(), false, recoveryCodesLeft(userId));
		}
		String code = normalisedCode(given);
		Long matched = code.matches("\\d{6}") ? match(factor.secret(), code, factor.lastStep()) : null;
		boolean recovery = false;
		if (matched == null && code.length() >= 16) {
			recovery = this.jdbc.update(
					"update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
					SqlTimes.utc(now), userId, hash(code)) == 1;
		}
		if (matched != null || recovery) {
			this.jdbc.update(
					"update second_factor set last_step = ?, failures = 0, next_attempt_at = null where user_id = ?",
					(matched != null) ? matched : factor.lastStep(), userId);
			SecurityEventLog.record(recovery ? "recovery-code-used" : "second-factor-passed", userId);
			return new Verification(true, null, recovery, recoveryCodesLeft(userId));
		}
		int failures = factor.failures() + 1;
		Instant next = null;
		if (failures >= FREE_FAILURES) {
			Duration delay = Duration.ofMinutes(1L << Math.min(failures - FREE_FAILURES, 6));
			next = now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
		}
		this.jdbc.update("update second_factor set failures = ?, next_attempt_at = ? where user_id = ?", failures,
				(next != null) ? SqlTimes.utc(next) : null, userId);
		SecurityEventLog.record("second-factor-failed", userId);
		return new Verification(false, next, false, recoveryCodesLeft(userId));
	}

	/**
	 * @return the roles that must use a second factor (read at most every 10 seconds on
	 * each instance)
	 */
	public Set<Role> requiredFor() {
		Cached cached = this.requiredFor;
		Instant now = Instant.now();
		if (cached == null || cached.readAt().plusSeconds(10).isBefore(now)) {
			List<String> values = this.jdbc.queryForList("select setting_value from security_setting where name = ?",
					String.class, REQUIRED_FOR);
			Set<Role> roles = EnumSet.noneOf(Role.class);
			if (!values.isEmpty() && !values.get(0).isBlank()) {
				Arrays.stream(values.get(0).split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
			}
			cached = new Cached(Set.copyOf(roles), now);
			this.requiredFor = cached;
		}
		return cached.roles();
	}

	/**
	 * An administrator sets which roles must use a second factor; people of those roles
	 * without one are sent to set one up on their next request.
	 */
	@Transactional
	public void requireFor(Set<Role> roles) {
		requireAdministrator();
		String value = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		if (this.jdbc.update("update security_setting set setting_value = ? where name = ?", value,
				REQUIRED_FOR) == 0) {
			this.jdbc.update("insert into security_setting (name, setting_value) values (?, ?)", REQUIRED_FOR, value);
		}
		this.requiredFor = null;
		SecurityEventLog.record("second-factor-policy-changed", value.isEmpty() ? "none" : value);
	}

	private @Nullable Long match(String secret, String code, long lastStep) {
		long step = step();
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if (candidate <= lastStep) {
				continue;
			}
			try {
				if (MessageDigest.isEqual(this.codes.generate(secret, candidate).getBytes(StandardCharsets.US_ASCII),
						code.getBytes(StandardCharsets.US_ASCII))) {
					return candidate;
				}
			}
			catch (CodeGenerationException ex) {
				throw new IllegalStateException("Could not compute a code", ex);
			}
		}
		return null;
	}

	private List<String> newRecoveryCodes(UUID userId) {
		this.jdbc.update("delete from recovery_code where user_id = ?", userId);
		List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		this.jdbc.batchUpdate("insert into recovery_code (user_id, code_hash) values (?, ?)",
				codes.stream().map((code) -> new Object[] { userId, hash(normalisedCode(code)) }).toList());
		return codes;
	}

	private long step() {
		return now().getEpochSecond() / STEP_SECONDS;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	static String normalisedCode(@Nullable String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CurrentUser me() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	private static void requireAdministrator() {
		if (!me().hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only");
		}
	}

	private record Factor(String secret, long lastStep, int failures, @Nullable Instant nextAttemptAt) {

	}

	private record Cached(Set<Role> roles, Instant readAt) {

	}

}
