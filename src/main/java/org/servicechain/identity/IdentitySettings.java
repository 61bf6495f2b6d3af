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
 * @param maxLoginFailures failed sign-ins of one account before each further attempt must
 * wait
 * @param maxLoginFailuresPerAddress failed sign-ins from one client address (any
 * accounts) before each further attempt from it must wait
 * @param firstLoginDelay the first wait; it doubles with every further failure
 * @param maxLoginDelay the longest wait for an account
 * @param maxAddressDelay the longest wait for a client address
 * @param loginFailureMemory how long failures are remembered after the last one
 * @param minPasswordLength the shortest password a person may choose
 * @param commonPasswords the list of common and breached passwords refused
 * @param sessionAbsoluteLifetime how long a browser session lasts at most, however active
 * (the idle timeout is {@code spring.session.timeout})
 */
@ConfigurationProperties("servicechain.identity")
public record IdentitySettings(@Nullable String initialAdminPassword, @DefaultValue("5") int maxLoginFailures,
		@DefaultValue("20") int maxLoginFailuresPerAddress, @DefaultValue("5s") Duration firstLoginDelay,
		@DefaultValue("5m") Duration maxLoginDelay, @DefaultValue("15m") Duration maxAddressDelay,
		@DefaultValue("24h") Duration loginFailureMemory, @DefaultValue("12h") Duration sessionAbsoluteLifetime,
		@DefaultValue("12") int minPasswordLength,
		@DefaultValue("classpath:identity/common-passwords.txt") String commonPasswords) {

}
