package org.servicechain.portfolio;

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
 * One practitioner's competence evidence portfolio (REP-3): started the first time they
 * add evidence or a manager assigns an assessor. The assessor (a user, by id) reads it
 * and marks its criteria; nobody else but the practitioner and managers sees it.
 */
@Entity
@Table(name = "portfolio")
class Portfolio extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "owner_id")
	private UUID ownerId;

	@Column(name = "owner_username")
	private String ownerUsername;

	@Column(name = "assessor_id")
	private @Nullable UUID assessorId;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Portfolio() {
		this.id = UUID.randomUUID();
		this.ownerId = this.id;
		this.ownerUsername = "";
		this.createdAt = Instant.EPOCH;
	}

	Portfolio(UUID ownerId, String ownerUsername, Instant at) {
		this.id = UUID.randomUUID();
		this.ownerId = ownerId;
		this.ownerUsername = ownerUsername;
		this.createdAt = at;
	}

	void assignAssessor(@Nullable UUID assessor) {
		this.assessorId = assessor;
	}

	UUID getOwnerId() {
		return this.ownerId;
	}

	String getOwnerUsername() {
		return this.ownerUsername;
	}

	@Nullable UUID getAssessorId() {
		return this.assessorId;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("Practitioner", this.ownerId.toString());
		snapshot.put("Assessor", (this.assessorId != null) ? this.assessorId.toString() : null);
		return snapshot;
	}

}
