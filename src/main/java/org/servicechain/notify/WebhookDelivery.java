package org.servicechain.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import org.springframework.stereotype.Component;

/**
 * Delivers one webhook message: checks the target (scheme, then every address its host
 * resolves to, see {@link SafeAddresses}), connects only to the addresses it checked,
 * follows no redirect, waits briefly, and signs the body per Standard Webhooks. A 2xx
 * answer is delivered; anything else, or no answer, is a failed try.
 */
@Component
class WebhookDelivery {

	private final WebhookSubscriptions subscriptions;

	private final WebhookAllowedHosts allowedHosts;

	private final NotifySettings settings;

	private final Clock clock;

	WebhookDelivery(WebhookSubscriptions subscriptions, WebhookAllowedHosts allowedHosts, NotifySettings settings,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.allowedHosts = allowedHosts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The outcome of a try.
	 *
	 * @param status the HTTP status, if the target answered
	 * @param error why it failed, or {@literal null} when delivered
	 */
	record Outcome(@org.jspecify.annotations.Nullable Integer status, @org.jspecify.annotations.Nullable String error) {

		boolean delivered() {
			return this.error == null;
		}

	}

	Outcome deliver(OutboxMessageView message) {
		WebhookSubscription subscription = (message.subscriptionId() != null)
				? this.subscriptions.findById(message.subscriptionId()).orElse(null) : null;
		if (subscription == null) {
			return new Outcome(null, "the subscription was deleted");
		}
		URI uri;
		try {
			uri = checkedUri(message.recipient());
		}
		catch (SafeAddresses.RefusedTarget ex) {
			return new Outcome(null, ex.getMessage());
		}
		String host = SafeAddresses.hostOf(uri);
		List<InetAddress> addresses;
		try {
			addresses = SafeAddresses.resolve(host, this.allowedHosts.existsById(host));
		}
		catch (SafeAddresses.RefusedTarget ex) {
			return new Outcome(null, "refused: " + ex.getMessage());
		}
		String id = "msg_" + message.id();
		long timestamp = this.clock.instant().getEpochSecond();
		String body = (message.payload() != null) ? message.payload() : "{}";
		HttpPost post = new HttpPost(uri);
		post.setHeader("webhook-id", id);
		post.setHeader("webhook-timestamp", Long.toString(timestamp));
		post.setHeader("webhook-signature", WebhookSignature.sign(subscription.getSecret(), id, timestamp, body));
		post.setHeader("User-Agent", "Servicechain-Webhooks");
		post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
		try (CloseableHttpClient client = client(host, addresses)) {
			return client.execute(post, (response) -> {
				int status = response.getCode();
				return (status >= 200 && status < 300) ? new Outcome(status, null)
						: new Outcome(status, "the target answered " + status);
			});
		}
		catch (IOException ex) {
			return new Outcome(null, "no answer: " + ex);
		}
	}

	/**
	 * @return the address as a URI if it is an absolute http(s) address with a host and
	 * without credentials.
	 */
	static URI checkedUri(String address) throws SafeAddresses.RefusedTarget {
		URI uri;
		try {
			uri = new URI(address);
		}
		catch (java.net.URISyntaxException ex) {
			throw new SafeAddresses.RefusedTarget("url", "not a valid address");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new SafeAddresses.RefusedTarget("http", "the address must start with http:// or https://");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new SafeAddresses.RefusedTarget("url", "the address names no host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new SafeAddresses.RefusedTarget("url", "the address must not carry a user name or password");
		}
		return uri;
	}

	/**
	 * A client that resolves only the checked host, to only the checked addresses,
	 * through no proxy, without redirects or retries, with short timeouts.
	 */
	private CloseableHttpClient client(String host, List<InetAddress> addresses) {
		DnsResolver pinned = new DnsResolver() {
			@Override
			public InetAddress[] resolve(String name) throws UnknownHostException {
				if (!name.equalsIgnoreCase(host)) {
					throw new UnknownHostException(name + " was not checked");
				}
				return addresses.toArray(InetAddress[]::new);
			}

			@Override
			public String resolveCanonicalHostname(String name) throws UnknownHostException {
				return resolve(name)[0].getHostName();
			}
		};
		Timeout connect = Timeout.of(this.settings.webhookConnectTimeout().toMillis(), TimeUnit.MILLISECONDS);
		Timeout response = Timeout.of(this.settings.webhookResponseTimeout().toMillis(), TimeUnit.MILLISECONDS);
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(pinned)
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(response).build())
				.build())
			.setDefaultRequestConfig(
					RequestConfig.custom().setRedirectsEnabled(false).setResponseTimeout(response).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.build();
	}

}
