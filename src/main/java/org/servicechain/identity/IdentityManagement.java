package org.servicechain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.SecurityEventLog;

/**
 * The identity module's facade: users, roles and API tokens (REC-4, INT-1). Only
 * administrators manage users; everybody manages their own tokens.
 */
@Service
public class IdentityManagement {

	static final String TOKEN_PREFIX = "sc_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final List<PartyDirectory> partyDirectories;

	private final Clock clock;

	private final UserSessions sessions;

	private final PasswordRules passwords;

	IdentityManagement(UserAccounts users, ApiTokens tokens, PasswordEncoder passwordEncoder, AuditTrail audit,
			List<PartyDirectory> partyDirectories, Clock clock, UserSessions sessions, PasswordRules passwords) {
		this.sessions = sessions;
		this.passwords = passwords;
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.partyDirectories = partyDirectories;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserView> users() {
		requireAdmin();
		return this.users.findAllByOrderByUsername().stream().map(this::toView).toList();
	}

	@Transactional(readOnly = true)
	public UserView user(UUID id) {
		requireAdmin();
		return toView(this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id)));
	}

	@Transactional
	public UserView createUser(NewUser command) {
		requireAdmin();
		this.passwords.check("password", command.password(), command.username());
		return toView(create(command));
	}

	/**
	 * Changes the signed-in user's own password (REC-4): the current one must be given,
	 * the new one meets the password rules. Every other session of the user ends.
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword, @Nullable String keepSessionId) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		UserAccount user = this.users.findById(me.id()).orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "matches", "is not your current password");
		}
		if (currentPassword.equals(newPassword)) {
			throw new InvalidInputException("newPassword", "changed", "must differ from the current password");
		}
		this.passwords.check("newPassword", newPassword, user.getUsername());
		user.changePassword(this.passwordEncoder.encode(newPassword), false);
		this.users.saveAndFlush(user);
		this.audit.record("User", user.getId(), user.getVersion(), "password changed", List.of());
		SecurityEventLog.record("password-changed", user.getId());
		this.sessions.endAll(user.getUsername(), keepSessionId);
	}

	/**
	 * Sets a random temporary password for a user, who must change it at their next
	 * sign-in; their sessions end. Only administrators do this (e.g. for a forgotten
	 * password until mail exists).
	 * @return the temporary password, to be handed over once; it is not stored in clear
	 */
	@Transactional
	public String setTemporaryPassword(UUID id) {
		requireAdmin();
		UserAccount user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		String temporary = randomPassword();
		user.changePassword(this.passwordEncoder.encode(temporary), true);
		this.users.saveAndFlush(user);
		this.audit.record("User", user.getId(), user.getVersion(), "temporary password set", List.of());
		SecurityEventLog.record("temporary-password-set", user.getId());
		this.sessions.endAll(user.getUsername(), null);
		return temporary;
	}

	/**
	 * Marks a password set by the system (the generated first administrator's) as one to
	 * change at the next sign-in.
	 */
	@Transactional
	void requirePasswordChange(String username) {
		this.users.findByUsername(LoginNames.canonical(username)).ifPresent((user) -> {
			user.changePassword(user.getPasswordHash(), true);
			this.users.saveAndFlush(user);
		});
	}

	/**
	 * @return the rules a new password must meet, in words, for forms.
	 */
	public String passwordRules() {
		return "At least " + this.passwords.minLength() + " characters (a few words make a good one);"
				+ " not a common or breached password, and not your login name.";
	}

	static String randomPassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Creates a user without an access check: for first-run set-up and demo data only.
	 */
	@Transactional
	public UserView createUserAsSystem(NewUser command) {
		return toView(create(command));
	}

	/**
	 * @return every member of staff, readable by any staff user, for assigning work.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staffDirectory() {
		requireStaff();
		return this.users.findAllByOrderByUsername()
			.stream()
			.filter((user) -> user.getRole().isStaff())
			.map(IdentityManagement::memberOf)
			.toList();
	}

	/**
	 * @return the member of staff with this login name (any case), enabled or not, for a
	 * staff caller checking a name typed into a form; empty when no such member
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staffMember(String username) {
		requireStaff();
		return this.users.findByUsername(LoginNames.canonical(username))
			.filter((user) -> user.getRole().isStaff())
			.map(IdentityManagement::memberOf);
	}

	private static void requireStaff() {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!me.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	private static StaffMember memberOf(UserAccount user) {
		return new StaffMember(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
				user.getPartyId(), user.isEnabled());
	}

	/**
	 * The enabled member of staff who is a named contact of the chain: the one whose
	 * account has the contact's e-mail address, else the only one with the contact's
	 * name. Used where an agreement names a contact and work must go to a person (an
	 * escalation step that reassigns).
	 * @return the member, or empty when no account (or more than one by name) matches
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staffMemberFor(@Nullable String email, String name) {
		requireStaff();
		List<UserAccount> staff = this.users.findAllByOrderByUsername()
			.stream()
			.filter((user) -> user.getRole().isStaff() && user.isEnabled())
			.toList();
		List<UserAccount> matches = staff.stream()
			.filter((user) -> email != null && user.getEmail() != null && user.getEmail().equalsIgnoreCase(email))
			.toList();
		if (matches.isEmpty()) {
			matches = staff.stream().filter((user) -> user.getDisplayName().equalsIgnoreCase(name.strip())).toList();
		}
		return (matches.size() == 1) ? Optional.of(matches.get(0)).map(IdentityManagement::memberOf) : Optional.empty();
	}

	/**
	 * @return the display name of a user, for showing people to anyone signed in (never
	 * their login name).
	 */
	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(String username) {
		return this.users.findByUsername(LoginNames.canonical(username)).map(UserAccount::getDisplayName);
	}

	/**
	 * Runs work as the named user would run it, with their role and party, so a module
	 * can ask its own access policy whether that person may see something (whom to tell
	 * of it, the notify module). Nobody signs in and nothing is recorded as theirs; it
	 * serves decisions made on the server only.
	 * @return the work's result, or empty when the user does not exist or is disabled
	 */
	public <T> Optional<T> callAs(String username, java.util.function.Supplier<T> work) {
		Optional<CurrentUser> user = this.users.findByUsername(LoginNames.canonical(username))
			.filter(UserAccount::isEnabled)
			.map((account) -> account.toCurrentUser(false).withoutPassword());
		if (user.isEmpty()) {
			return Optional.empty();
		}
		org.springframework.security.core.context.SecurityContext previous = org.springframework.security.core.context.SecurityContextHolder
			.getContext();
		org.springframework.security.core.context.SecurityContext context = org.springframework.security.core.context.SecurityContextHolder
			.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user.get(), null, user.get().getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return Optional.ofNullable(work.get());
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}

	@Transactional(readOnly = true)
	public boolean existsUser(String username) {
		return this.users.existsByUsername(LoginNames.canonical(username));
	}

	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return this.users.existsByRole(Role.ADMIN);
	}

	@Transactional
	public UserView updateUser(UUID id, UserChanges changes) {
		requireAdmin();
		UserAccount user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		this.audit.checkVersion("User", user, changes.version());
		checkParty(changes.role(), changes.partyId());
		CurrentUser me = CurrentUser.get().orElseThrow();
		if (user.getId().equals(me.id()) && (!changes.enabled() || changes.role() != Role.ADMIN)) {
			throw new InvalidInputException("role", "self-lockout",
					"you cannot remove your own administrator role or disable yourself");
		}
		Map<String, String> before = user.auditSnapshot();
		user.update(changes.displayName().strip(), blankToNull(changes.email()), changes.role(), changes.partyId(),
				changes.enabled());
		this.users.saveAndFlush(user);
		this.audit.updated("User", before, user);
		if (!before.get("role").equals(user.getRole().name())) {
			SecurityEventLog.record("role-changed", user.getId());
		}
		if (!before.get("enabled").equals(String.valueOf(user.isEnabled()))) {
			SecurityEventLog.record(user.isEnabled() ? "user-enabled" : "user-disabled", user.getId());
		}
		if (!java.util.Objects.equals(before.get("partyId"),
				user.getPartyId() != null ? user.getPartyId().toString() : null)) {
			SecurityEventLog.record("party-changed", user.getId());
		}
		return toView(user);
	}

	/**
	 * Moves the user accounts acting for a duplicate customer party to the party it was
	 * merged into (REC-1), each audited like any other change of party. Called by the
	 * chain module inside its merge transaction (chain depends on identity, so identity
	 * cannot listen to the chain's event), which has checked the caller may merge. Access
	 * is decided per request from the stored user ({@link CurrentUserRefreshFilter} for
	 * sessions, {@link #authenticateToken} for API tokens), so a moved user sees the
	 * survivor's records on their next request without signing in again.
	 * @return how many user accounts moved
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public int moveUsersOfParty(UUID from, UUID into) {
		List<UserAccount> moved = this.users.findByPartyIdOrderByUsername(from);
		for (UserAccount user : moved) {
			Map<String, String> before = user.auditSnapshot();
			user.moveToParty(into);
			this.users.saveAndFlush(user);
			this.audit.updated("User", before, user);
			SecurityEventLog.record("party-changed", user.getId());
		}
		return moved.size();
	}

	/**
	 * Ends every browser session of a user at once (REC-4), e.g. for a lost laptop. API
	 * tokens are revoked separately.
	 */
	@Transactional
	public int endSessions(UUID id) {
		requireAdmin();
		UserAccount user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		int ended = this.sessions.endAll(user.getUsername(), null);
		SecurityEventLog.record("sessions-ended", user.getId());
		this.audit.record("User", user.getId(), user.getVersion(), "sessions ended", List
			.of(new org.servicechain.shared.AuditEntryView.FieldChange("sessions", String.valueOf(ended), "0")));
		return ended;
	}

	/**
	 * @return the user as stored now, when they still exist and are enabled; for deciding
	 * each request with current roles.
	 */
	@Transactional(readOnly = true)
	Optional<CurrentUser> reload(UUID id) {
		return this.users.findById(id)
			.filter(UserAccount::isEnabled)
			.map((user) -> user.toCurrentUser(false).withoutPassword());
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> myTokens() {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		Instant now = Instant.now(this.clock);
		return this.tokens.findByUserIdOrderByCreatedAtDesc(me.id())
			.stream()
			.map((token) -> token.toView(now))
			.toList();
	}

	@Transactional
	public CreatedToken createToken(String name, @Nullable Integer validDays) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		List<FieldViolation> violations = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			violations.add(new FieldViolation("name", "size", "name is required and at most 80 characters"));
		}
		if (validDays != null && (validDays < 1 || validDays > 3650)) {
			violations.add(new FieldViolation("validDays", "range", "validDays must be between 1 and 3650"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(this.clock);
		ApiToken token = new ApiToken(me.id(), name.strip(), hash(secret), secret.substring(0, 10), now,
				validDays != null ? now.plus(Duration.ofDays(validDays)) : null);
		this.tokens.save(token);
		SecurityEventLog.record("token-created", token.getId());
		this.audit.record("ApiToken", token.getId(), 0, "created",
				List.of(new org.servicechain.shared.AuditEntryView.FieldChange("name", null, token.getName())));
		return new CreatedToken(token.toView(now), secret);
	}

	@Transactional
	public void revokeToken(UUID tokenId) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		ApiToken token = this.tokens.findById(tokenId)
			.filter((candidate) -> candidate.getUserId().equals(me.id()))
			.orElseThrow(() -> new NotFoundException("API token", tokenId));
		token.revoke(Instant.now(this.clock));
		SecurityEventLog.record("token-revoked", token.getId());
		this.tokens.save(token);
		this.audit.record("ApiToken", token.getId(), token.getVersion() + 1, "revoked", List.of());
	}

	/**
	 * @return the user a bearer token stands for, when the token is known, active and its
	 * user enabled.
	 */
	@Transactional
	public Optional<CurrentUser> authenticateToken(String secret) {
		if (!secret.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.tokens.findByTokenHash(hash(secret)).filter((token) -> token.isUsableAt(now)).flatMap((token) -> {
			// Recording every use would write on every API call; a minute's precision is
			// enough.
			if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minusSeconds(60))) {
				this.tokens.recordUse(token.getId(), now);
				SecurityEventLog.record("token-used", token.getUserId().toString(), token.getId());
			}
			return this.users.findById(token.getUserId());
		}).filter(UserAccount::isEnabled).map((user) -> user.toCurrentUser(false).withoutPassword());
	}

	private UserAccount create(NewUser command) {
		List<FieldViolation> violations = new ArrayList<>();
		if (this.users.existsByUsername(LoginNames.canonical(command.username()))) {
			violations.add(new FieldViolation("username", "unique", "username '" + command.username() + "' is taken"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		checkParty(command.role(), command.partyId());
		UserAccount user = new UserAccount(LoginNames.canonical(command.username()), command.displayName().strip(),
				blankToNull(command.email()), this.passwordEncoder.encode(command.password()), command.role(),
				command.partyId(), Instant.now(this.clock));
		this.users.saveAndFlush(user);
		this.audit.created("User", user);
		return user;
	}

	private void checkParty(Role role, @Nullable UUID partyId) {
		if (role.requiresParty() && partyId == null) {
			throw new InvalidInputException("partyId", "required",
					"a " + role.label().toLowerCase(java.util.Locale.ROOT)
							+ " must belong to a party (the team, partner or customer they act for)");
		}
		if (!role.requiresParty() && partyId != null) {
			throw new InvalidInputException("partyId", "not-allowed",
					"only team members, partner users and customers belong to a party");
		}
		if (partyId != null && partyName(partyId) == null) {
			throw new InvalidInputException("partyId", "exists", "party " + partyId + " does not exist");
		}
	}

	private @Nullable String partyName(UUID partyId) {
		return this.partyDirectories.stream()
			.map((directory) -> directory.partyName(partyId))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	private UserView toView(UserAccount user) {
		return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getEmail(),
				user.getRole(), user.getPartyId(), user.getPartyId() != null ? partyName(user.getPartyId()) : null,
				user.isEnabled(), user.getCreatedAt());
	}

	private static void requireAdmin() {
		if (!CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN)).orElse(false)) {
			throw new AccessDeniedException("Only administrators manage users");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
