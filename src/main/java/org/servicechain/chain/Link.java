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

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A link of the service chain: the provider party provides a service to the consumer
 * party (CHAIN-2; B9 1.1, 1.3). Links form a directed graph that ends at end-user
 * customers. Parties and the service are referenced by id.
 *
 * <p>
 * Invariants: provider and consumer differ; a customer is never a provider; one link per
 * service, provider and consumer.
 */
@Entity
@Table(name = "link")
class Link extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "service_id", nullable = false)
	private UUID serviceId;

	@Column(name = "provider_party_id", nullable = false)
	private UUID providerId;

	@Column(name = "consumer_party_id", nullable = false)
	private UUID consumerId;

	@Column(length = 2000)
	private @Nullable String description;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Link() {
		this.id = UUID.randomUUID();
		this.serviceId = this.id;
		this.providerId = this.id;
		this.consumerId = this.id;
		this.createdAt = Instant.EPOCH;
	}

	Link(LinkDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.serviceId = details.serviceId();
		this.providerId = details.providerId();
		this.consumerId = details.consumerId();
		this.description = details.description();
		this.createdAt = createdAt;
	}

	void moveConsumerTo(UUID survivor) {
		this.consumerId = survivor;
	}

	void apply(LinkDetails details) {
		this.serviceId = details.serviceId();
		this.providerId = details.providerId();
		this.consumerId = details.consumerId();
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

	UUID getServiceId() {
		return this.serviceId;
	}

	UUID getProviderId() {
		return this.providerId;
	}

	UUID getConsumerId() {
		return this.consumerId;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("service", this.serviceId.toString());
		snapshot.put("provider", this.providerId.toString());
		snapshot.put("consumer", this.consumerId.toString());
		snapshot.put("description", this.description);
		return snapshot;
	}

}
