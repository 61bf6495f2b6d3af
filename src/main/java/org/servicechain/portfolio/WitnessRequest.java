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
 * A colleague or partner contact asked to confirm one piece of evidence (witness
 * testimony). The link's token is never stored, only its SHA-256 hash, so the table holds
 * no working link; it is answered once, before it expires.
 */
@Entity
@Table(name = "portfolio_witness")
class WitnessRequest extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "evidence_id")
	private UUID evidenceId;

	@Column(name = "witness_name")
	private String witnessName;

	@Column(name = "witness_role")
	private String witnessRole;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "asked_at")
	private Instant askedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	private @Nullable Boolean confirmed;

	private @Nullable String statement;

	protected WitnessRequest() {
		this.id = UUID.randomUUID();
		this.evidenceId = this.id;
		this.witnessName = "";
		this.witnessRole = "";
		this.tokenHash = "";
		this.askedAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	WitnessRequest(UUID evidenceId, String witnessName, String witnessRole, String tokenHash, Instant at,
			Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.evidenceId = evidenceId;
		this.witnessName = witnessName;
		this.witnessRole = witnessRole;
		this.tokenHash = tokenHash;
		this.askedAt = at;
		this.expiresAt = expiresAt;
	}

	boolean answered() {
		return this.answeredAt != null;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	void answer(boolean confirms, String text, Instant at) {
		this.confirmed = confirms;
		this.statement = text;
		this.answeredAt = at;
	}

	UUID getEvidenceId() {
		return this.evidenceId;
	}

	WitnessView toView() {
		return new WitnessView(this.id, this.witnessName, this.witnessRole, this.askedAt, this.expiresAt,
				this.answeredAt, this.confirmed, this.statement);
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
		snapshot.put("Witness", this.witnessName);
		snapshot.put("Role", this.witnessRole);
		snapshot.put("Expires", this.expiresAt.toString());
		snapshot.put("Confirmed", (this.confirmed != null) ? this.confirmed.toString() : null);
		snapshot.put("Statement", this.statement);
		return snapshot;
	}

}
