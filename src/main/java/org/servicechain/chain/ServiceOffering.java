package org.servicechain.chain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.Auditable;

/**
 * A service that one party provides to another, such as "Home delivery" or "Laptop
 * repair" (CHAIN-2). Who provides it to whom is recorded by links; a service delivered to
 * a customer is an end-user service. Called "service" everywhere people see it; the class
 * name avoids the clash with Spring's {@code @Service}.
 */
@Entity
@Table(name = "service_offering")
class ServiceOffering implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true, length = 120)
	private String nameKey;

	@Column(length = 2000)
	private @Nullable String description;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ServiceOffering() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.nameKey = "";
		this.createdAt = Instant.EPOCH;
	}

	ServiceOffering(ServiceDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = "";
		this.nameKey = "";
		this.createdAt = createdAt;
		apply(details);
	}

	void apply(ServiceDetails details) {
		this.name = details.name().strip();
		this.nameKey = Party.nameKey(details.name());
		this.description = details.description();
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getName() {
		return this.name;
	}

	ServiceView toView(boolean endUser) {
		return new ServiceView(this.id, this.version, this.name, this.description, endUser, this.createdAt);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("description", this.description);
		return snapshot;
	}

}
