package org.servicechain.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Webhooks for administrators (INT-3): subscriptions to events, the hosts allowed as
 * targets although they are inside the network, each subscription's delivery log, and
 * redelivery. Deliveries leave through the outbox, retried with back-off.
 */
@Service
public class WebhookManagement {

	private final WebhookSubscriptions subscriptions;

	private final WebhookAllowedHosts allowedHosts;

	private final Outbox outbox;

	private final NotifyAccessPolicy policy;

	private final Clock clock;

	WebhookManagement(WebhookSubscriptions subscriptions, WebhookAllowedHosts allowedHosts, Outbox outbox,
			NotifyAccessPolicy policy, Clock clock) {
		this.subscriptions = subscriptions;
		this.allowedHosts = allowedHosts;
		this.outbox = outbox;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<WebhookView> webhooks() {
		this.policy.requireAdmin();
		return this.subscriptions.findAllByOrderByCreatedAt().stream().map(WebhookSubscription::toView).toList();
	}

	@Transactional(readOnly = true)
	public WebhookView webhook(UUID id) {
		this.policy.requireAdmin();
		return load(id).toView();
	}

	/**
	 * Subscribes an address to events. The address must be http(s), and must not resolve
	 * inside the network unless its host is allowed; the same check is made again on
	 * every delivery, on the address actually connected to.
	 * @param events event names ({@code request.reply}), or {@code *} for all
	 */
	@Transactional
	public CreatedWebhook subscribe(String url, List<String> events, @Nullable String description) {
		this.policy.requireAdmin();
		String address = (url != null) ? url.strip() : "";
		if (address.isEmpty() || address.length() > 2000) {
			throw new InvalidInputException("url", "required",
					"give the address to deliver to, at most 2000 characters");
		}
		URI uri;
		try {
			uri = WebhookDelivery.checkedUri(address);
			String host = SafeAddresses.hostOf(uri);
			SafeAddresses.resolve(host, this.allowedHosts.existsById(host));
		}
		catch (SafeAddresses.RefusedTarget ex) {
			throw new InvalidInputException("url", ex.rule(), ex.getMessage());
		}
		if (events == null || events.isEmpty()) {
			throw new InvalidInputException("events", "required", "name at least one event, or * for all");
		}
		List<InvalidInputException.FieldViolation> unknown = new java.util.ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			String name = events.get(i);
			if (!"*".equals(name) && (name == null || NotifyEvent.byKey(name).isEmpty())) {
				unknown.add(new InvalidInputException.FieldViolation("events[" + i + "]", "known-event",
						"there is no event called " + name));
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(unknown);
		}
		if (description != null && description.length() > 300) {
			throw new InvalidInputException("description", "size", "a description has at most 300 characters");
		}
		String secret = WebhookSignature.newSecret();
		WebhookSubscription subscription = new WebhookSubscription(uri.toString(), secret,
				events.stream().distinct().toList(), blankToNull(description), Instant.now(this.clock));
		this.subscriptions.saveAndFlush(subscription);
		return new CreatedWebhook(subscription.toView(), secret);
	}

	@Transactional
	public WebhookView activate(UUID id, boolean active) {
		this.policy.requireAdmin();
		WebhookSubscription subscription = load(id);
		subscription.activate(active);
		return this.subscriptions.saveAndFlush(subscription).toView();
	}

	@Transactional
	public void unsubscribe(UUID id) {
		this.policy.requireAdmin();
		this.subscriptions.delete(load(id));
	}

	/**
	 * Queues a "ping" delivery to the subscription, to try it.
	 */
	@Transactional
	public OutboxMessageView ping(UUID id) {
		this.policy.requireAdmin();
		UUID message = this.outbox.ping(load(id), Instant.now(this.clock));
		return this.outbox.find(message).orElseThrow();
	}

	/**
	 * @return the subscription's deliveries, newest first (the delivery log)
	 */
	@Transactional(readOnly = true)
	public PageResponse<OutboxMessageView> deliveries(UUID id, int page, int size) {
		this.policy.requireAdmin();
		load(id);
		Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
		long total = this.outbox.count(Outbox.WEBHOOK, null, id);
		return new PageResponse<>(this.outbox.list(Outbox.WEBHOOK, null, id, page * size, size), page, size, total,
				(int) ((total + size - 1) / size));
	}

	/**
	 * Delivers a message of the subscription again, with the same webhook-id so the
	 * receiver can tell it is the same message.
	 */
	@Transactional
	public OutboxMessageView redeliver(UUID id, UUID messageId) {
		this.policy.requireAdmin();
		load(id);
		OutboxMessageView message = this.outbox.find(messageId)
			.filter((found) -> id.equals(found.subscriptionId()))
			.orElseThrow(() -> new NotFoundException("Delivery", messageId));
		this.outbox.retryNow(message.id(), Instant.now(this.clock));
		return this.outbox.find(messageId).orElseThrow();
	}

	// Allowed hosts

	@Transactional(readOnly = true)
	public List<String> allowedHosts() {
		this.policy.requireAdmin();
		return this.allowedHosts.findAll().stream().map(WebhookAllowedHost::getHost).sorted().toList();
	}

	/**
	 * Allows webhooks to a host although it resolves inside the network (a receiver on
	 * the same machine or in the same data centre).
	 */
	@Transactional
	public List<String> allowHost(String host) {
		this.policy.requireAdmin();
		String name = (host != null) ? host.strip().toLowerCase(Locale.ROOT) : "";
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (name.isEmpty() || name.length() > 253 || !name.matches("[a-z0-9.:_-]+")) {
			throw new InvalidInputException("host", "host-name", "give a host name or address, e.g. hooks.internal");
		}
		if (!this.allowedHosts.existsById(name)) {
			this.allowedHosts.save(new WebhookAllowedHost(name, this.policy.me(), Instant.now(this.clock)));
		}
		return allowedHosts();
	}

	@Transactional
	public List<String> disallowHost(String host) {
		this.policy.requireAdmin();
		this.allowedHosts.deleteById(host.strip().toLowerCase(Locale.ROOT));
		return allowedHosts();
	}

	private WebhookSubscription load(UUID id) {
		return this.subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Webhook", id));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
