package org.servicechain.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.SecurityEventLog;

/**
 * Optional single sign-on with OpenID Connect (issue 9): on when a client registration is
 * configured ({@code spring.security.oauth2.client.registration.<id>.*}). A person signed
 * in by the identity provider becomes the Servicechain account with their login name
 * ({@code preferred_username}), else the one with their verified e-mail address; a person
 * with neither gets a new account when the provider gives them a Servicechain role. Roles
 * come from a claim ({@code roles} by default) whose values name them with a prefix
 * ({@code servicechain-admin}, {@code servicechain-manager}, {@code servicechain-agent});
 * the highest one wins and replaces the account's role at every sign-in. Roles that
 * belong to a party (team members, partner users, customers) are never given by the
 * provider: such accounts are made by an administrator, and keep their role and party. A
 * disabled account stays shut.
 */
@Service
public class SingleSignOn {

	/**
	 * A provider to show on the sign-in page.
	 */
	public record Provider(String id, String name) {

	}

	/**
	 * {@code servicechain.identity.oidc.*}.
	 */
	@ConfigurationProperties("servicechain.identity.oidc")
	record Settings(@DefaultValue("roles") String rolesClaim, @DefaultValue("servicechain-") String rolePrefix) {

	}

	private static final List<Role> GIVEN_BY_PROVIDER = List.of(Role.ADMIN, Role.MANAGER, Role.AGENT);

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final UserAccounts users;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Settings settings;

	private final Clock clock;

	SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, UserAccounts users,
			PasswordEncoder passwords, AuditTrail audit, Settings settings, Clock clock) {
		this.registrations = registrations;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the configured providers, for the sign-in page; none when single sign-on is
	 * off
	 */
	public List<Provider> providers() {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		List<Provider> providers = new ArrayList<>();
		if (repository instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return providers;
	}

	/**
	 * The Servicechain account of a person the provider signed in, made or brought up to
	 * date from the provider's claims.
	 * @throws OAuth2AuthenticationException when the person may not sign in, with a
	 * reason
	 */
	@Transactional
	CurrentUser accountOf(OidcUser person, String provider) {
		Optional<Role> claimed = roleOf(person);
		String name = Optional.ofNullable(person.getPreferredUsername()).map(LoginNames::canonical).orElse(null);
		Optional<UserAccount> found = Optional.ofNullable(name).flatMap(this.users::findByUsername);
		if (found.isEmpty() && person.getEmail() != null && Boolean.TRUE.equals(person.getEmailVerified())) {
			List<UserAccount> byEmail = this.users.findByEmailIgnoreCase(person.getEmail());
			found = (byEmail.size() == 1) ? Optional.of(byEmail.get(0)) : Optional.empty();
		}
		UserAccount account;
		if (found.isPresent()) {
			account = found.get();
			if (!account.isEnabled()) {
				throw refused("disabled", "This Servicechain account is disabled.");
			}
			if (claimed.isPresent() && !account.getRole().requiresParty() && claimed.get() != account.getRole()) {
				java.util.Map<String, String> before = account.auditSnapshot();
				account.update(account.getDisplayName(), account.getEmail(), claimed.get(), null, true);
				this.users.saveAndFlush(account);
				this.audit.updated("User", before, account);
				SecurityEventLog.record("role-changed", "sso:" + provider, account.getId());
			}
		}
		else {
			if (claimed.isEmpty()) {
				throw refused("no-role",
						"Your identity provider gives you no Servicechain role; ask an administrator.");
			}
			if (name == null || !name.matches("[a-z0-9._@-]{3,60}")) {
				throw refused("login-name", "Your identity provider's login name cannot be used here; ask an "
						+ "administrator to create your account.");
			}
			String displayName = Optional.ofNullable(person.getFullName()).filter((n) -> !n.isBlank()).orElse(name);
			// A random password nobody is told: the account signs in through the provider
			// until an administrator sets a temporary one.
			account = new UserAccount(name, displayName, person.getEmail(),
					this.passwords.encode(UUID.randomUUID().toString()), claimed.get(), null, Instant.now(this.clock));
			this.users.saveAndFlush(account);
			this.audit.created("User", account);
			SecurityEventLog.record("user-provisioned", "sso:" + provider, account.getId());
		}
		SecurityEventLog.record("login-sso", account.getId().toString(), account.getId());
		return account.toCurrentUser(false).withoutPassword();
	}

	private Optional<Role> roleOf(OidcUser person) {
		Object claim = person.getClaims().get(this.settings.rolesClaim());
		Collection<?> values = (claim instanceof Collection<?> many) ? many
				: (claim instanceof String one) ? List.of(one) : List.of();
		return GIVEN_BY_PROVIDER.stream()
			.filter((role) -> values.stream()
				.anyMatch((value) -> String.valueOf(value)
					.equalsIgnoreCase(this.settings.rolePrefix() + role.name().toLowerCase(Locale.ROOT))))
			.findFirst();
	}

	private static OAuth2AuthenticationException refused(String code, String reason) {
		SecurityEventLog.record("login-sso-refused", code);
		return new OAuth2AuthenticationException(new OAuth2Error("servicechain_" + code, reason, null), reason);
	}

}
