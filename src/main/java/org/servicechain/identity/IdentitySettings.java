package org.servicechain.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code servicechain.identity.*}).
 *
 * @param initialAdminPassword the first-run administrator's password; when empty a random
 * one is generated and printed once in the log
 * @param maxLoginFailures failed sign-ins in a row before an account is locked for a
 * while
 * @param lockDuration how long a throttled account stays locked
 */
@ConfigurationProperties("servicechain.identity")
public record IdentitySettings(@Nullable String initialAdminPassword, @DefaultValue("5") int maxLoginFailures,
		@DefaultValue("15m") Duration lockDuration) {

}
