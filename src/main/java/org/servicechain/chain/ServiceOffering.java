package org.servicechain.chain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A service that one party provides to another, such as "Home delivery" or "Laptop
 * repair" (CHAIN-2). Who provides it to whom is recorded by links; a service delivered to
 * a customer is an end-user service. Called "service" everywhere people see it; the class
 * name avoids the clash with Spring's {@code @Service}.
 */
@Entity
@Table(name = "service_offering")
class ServiceOffering extends AssignedIdEntity implements Auditable {

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

	@Column(name = "needs_everything", nullable = false)
	private boolean needsEverything = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "service_need", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "needed_service_id", nullable = false)
	private Set<UUID> needs = new HashSet<>();

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
		this.needsEverything = details.needs() == null;
		this.needs = details.needs() == null ? new HashSet<>() : new HashSet<>(details.needs());
	}

	/**
	 * @return the services this one needs from its provider's suppliers, or empty when it
	 * needs everything its provider receives.
	 */
	Optional<Set<UUID>> needs() {
		return this.needsEverything ? Optional.empty() : Optional.of(Set.copyOf(this.needs));
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
		return new ServiceView(this.id, this.version, this.name, this.description,
				this.needsEverything ? null : this.needs.stream().sorted().toList(), endUser, this.createdAt);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("description", this.description);
		snapshot.put("needs", this.needsEverything ? "everything its provider receives"
				: String.join(", ", this.needs.stream().map(UUID::toString).sorted().toList()));
		return snapshot;
	}

}
