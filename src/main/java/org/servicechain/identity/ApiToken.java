package org.servicechain.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * A personal API token for bearer authentication on /api/v1 (INT-1). Only a SHA-256 hash
 * of the secret is stored; the secret is shown once, when the token is created. A revoked
 * or expired token authenticates nobody.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AssignedIdEntity {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false, length = 12)
	private String tokenPrefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected ApiToken() {
		this.id = UUID.randomUUID();
		this.userId = this.id;
		this.name = "";
		this.tokenHash = "";
		this.tokenPrefix = "";
		this.createdAt = Instant.EPOCH;
	}

	ApiToken(UUID userId, String name, String tokenHash, String tokenPrefix, Instant createdAt,
			@Nullable Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	UUID getUserId() {
		return this.userId;
	}

	String getName() {
		return this.name;
	}

	String getTokenPrefix() {
		return this.tokenPrefix;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getExpiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	@Nullable Instant getRevokedAt() {
		return this.revokedAt;
	}

	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	ApiTokenView toView(Instant now) {
		return new ApiTokenView(this.id, this.name, this.tokenPrefix, this.createdAt, this.expiresAt, this.lastUsedAt,
				this.revokedAt, isUsableAt(now));
	}

}
