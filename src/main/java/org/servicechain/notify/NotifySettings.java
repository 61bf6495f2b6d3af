package org.servicechain.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notify behaves ({@code servicechain.notify.*}).
 *
 * @param language the language of mails when a person has chosen none
 * @param baseUrl the address people reach the application at, for links in mails
 * @param mailFrom the sender of mails
 * @param messageIdDomain the right-hand side of the Message-IDs we give mails
 * @param maxAttempts deliveries tried this often before they are given up as failed
 * @param firstRetry the wait after the first failure; it doubles with each further one
 * @param maxRetry the longest wait between two tries
 * @param drainPeriod how often the outbox drain runs
 * @param batch how many messages one drain sends at most
 * @param webhookConnectTimeout how long a webhook target may take to accept the
 * connection
 * @param webhookResponseTimeout how long it may take to answer
 */
@ConfigurationProperties("servicechain.notify")
record NotifySettings(@DefaultValue("en") String language, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("servicechain@localhost") String mailFrom,
		@DefaultValue("servicechain.invalid") String messageIdDomain, @DefaultValue("8") int maxAttempts,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("10s") Duration drainPeriod, @DefaultValue("50") int batch,
		@DefaultValue("3s") Duration webhookConnectTimeout, @DefaultValue("5s") Duration webhookResponseTimeout) {

	/**
	 * @return the wait before the next try after the given number of failed ones.
	 */
	Duration backOff(int failures) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
