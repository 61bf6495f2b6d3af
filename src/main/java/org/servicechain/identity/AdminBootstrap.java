package org.servicechain.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the administrator {@code admin}. Its password comes from
 * {@code SERVICECHAIN_IDENTITY_INITIAL_ADMIN_PASSWORD} or, when that is not set, is
 * generated and printed once in the log; it is never printed again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final IdentityManagement identity;

	private final IdentitySettings settings;

	AdminBootstrap(IdentityManagement identity, IdentitySettings settings) {
		this.identity = identity;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.identity.anyAdministrator()) {
			return;
		}
		String configured = this.settings.initialAdminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? IdentityManagement.randomPassword() : configured;
		this.identity.createUserAsSystem(new NewUser("admin", "Administrator", null, password, Role.ADMIN, null));
		if (generated) {
			// "Change it after signing in" is enforced: the first sign-in asks for a new
			// one.
			this.identity.requirePasswordChange("admin");
			log.warn("""

					=================================================================
					  First start: created administrator 'admin' with password
					      {}
					  It is shown only this once. You choose your own at first sign-in.
					=================================================================""", password);
		}
		else {
			log.info("First start: created administrator 'admin' with the configured initial password");
		}
	}

}
