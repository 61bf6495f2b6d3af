package org.servicechain.notify;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * A system that wants to hear of events (INT-3): where to deliver, which events
 * ({@code *} for all), and the secret deliveries are signed with (Standard Webhooks).
 */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription extends AssignedIdEntity {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 2000)
	private String url;

	@Column(nullable = false, length = 200)
	private String secret;

	@Column(nullable = false, length = 2000)
	private String events;

	@Column(length = 300)
	private @Nullable String description;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected WebhookSubscription() {
		this.id = UUID.randomUUID();
		this.url = "";
		this.secret = "";
		this.events = "";
		this.createdAt = Instant.EPOCH;
	}

	WebhookSubscription(String url, String secret, List<String> events, @Nullable String description, Instant at) {
		this();
		this.url = url;
		this.secret = secret;
		this.events = String.join(",", events);
		this.description = description;
		this.active = true;
		this.createdAt = at;
	}

	boolean wants(NotifyEvent event) {
		return eventList().contains("*") || eventList().contains(event.key());
	}

	List<String> eventList() {
		return Arrays.stream(this.events.split(",")).filter((name) -> !name.isBlank()).toList();
	}

	void activate(boolean active) {
		this.active = active;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	String getUrl() {
		return this.url;
	}

	String getSecret() {
		return this.secret;
	}

	WebhookView toView() {
		return new WebhookView(this.id, this.version, this.url, eventList(), this.description, this.active,
				this.createdAt);
	}

}
