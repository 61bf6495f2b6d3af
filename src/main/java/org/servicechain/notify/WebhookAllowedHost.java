package org.servicechain.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A host an administrator allowed as a webhook target although it resolves to a loopback,
 * private, link-local or otherwise internal address.
 */
@Entity
@Table(name = "webhook_allowed_host")
class WebhookAllowedHost {

	@Id
	@Column(nullable = false, length = 253)
	private String host;

	@Column(name = "allowed_by", nullable = false, length = 100)
	private String allowedBy;

	@Column(name = "allowed_at", nullable = false)
	private Instant allowedAt;

	protected WebhookAllowedHost() {
		this.host = "";
		this.allowedBy = "";
		this.allowedAt = Instant.EPOCH;
	}

	WebhookAllowedHost(String host, String allowedBy, Instant at) {
		this.host = host;
		this.allowedBy = allowedBy;
		this.allowedAt = at;
	}

	String getHost() {
		return this.host;
	}

}
