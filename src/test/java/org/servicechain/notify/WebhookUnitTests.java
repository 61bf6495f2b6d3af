package org.servicechain.notify;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhook signing per Standard Webhooks and the addresses a webhook may not reach.
 */
class WebhookUnitTests {

	@Test
	void signsAsTheStandardWebhooksExampleDoes() {
		// The example of the Standard Webhooks specification.
		assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330, "{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
		assertThat(WebhookSignature.newSecret()).startsWith("whsec_").hasSizeGreaterThan(30);
	}

	@Test
	void refusesLoopbackPrivateLinkLocalAndMetadataAddresses() throws Exception {
		for (String internal : new String[] { "127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
				"169.254.169.254", "100.64.0.1", "0.0.0.0", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1",
				"::ffff:10.0.0.1", "224.0.0.1", "255.255.255.255" }) {
			assertThat(SafeAddresses.internal(literal(internal))).as(internal).isTrue();
		}
		for (String external : new String[] { "93.184.216.34", "2606:4700::1111", "8.8.8.8" }) {
			assertThat(SafeAddresses.internal(literal(external))).as(external).isFalse();
		}
	}

	@Test
	void refusesTargetsInsideTheNetworkUnlessTheHostIsAllowed() throws Exception {
		assertThatThrownBy(() -> SafeAddresses.resolve("169.254.169.254", false))
			.isInstanceOf(SafeAddresses.RefusedTarget.class)
			.hasMessageContaining("inside the network");
		assertThatThrownBy(() -> SafeAddresses.resolve("localhost", false))
			.isInstanceOf(SafeAddresses.RefusedTarget.class);
		assertThat(SafeAddresses.resolve("127.0.0.1", true)).containsExactly(literal("127.0.0.1"));
		assertThatThrownBy(() -> WebhookDelivery.checkedUri("ftp://example.com/x"))
			.isInstanceOf(SafeAddresses.RefusedTarget.class)
			.hasMessageContaining("http");
		assertThatThrownBy(() -> WebhookDelivery.checkedUri("http://user:pw@example.com/x"))
			.isInstanceOf(SafeAddresses.RefusedTarget.class);
		assertThat(NotifySettings.class).isNotNull();
	}

	@Test
	void backOffDoublesUpToTheLongestWait() {
		NotifySettings settings = new NotifySettings("en", "http://localhost", "a@b", "x", 8,
				java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1), java.time.Duration.ofSeconds(10), 50,
				java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(5));
		assertThat(settings.backOff(1)).hasSeconds(30);
		assertThat(settings.backOff(2)).hasSeconds(60);
		assertThat(settings.backOff(4)).hasSeconds(240);
		assertThat(settings.backOff(12)).hasHours(1);
	}

	private static InetAddress literal(String address) throws UnknownHostException {
		// Literals only: no name is looked up.
		return InetAddress.getByName(address);
	}

}
