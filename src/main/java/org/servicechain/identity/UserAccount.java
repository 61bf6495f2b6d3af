package org.servicechain.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A person who signs in to Servicechain, with one role and, for team members, partner
 * users and customers, the party they act for (REC-4). The password is stored only as a
 * bcrypt hash.
 */
@Entity
@Table(name = "user_account")
class UserAccount extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 60)
	private String username;

	@Column(name = "display_name", nullable = false, length = 120)
	private String displayName;

	@Column(length = 200)
	private @Nullable String email;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	protected UserAccount() {
		// for JPA
		this.id = UUID.randomUUID();
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = Role.AGENT;
		this.createdAt = Instant.EPOCH;
	}

	UserAccount(String username, String displayName, @Nullable String email, String passwordHash, Role role,
			@Nullable UUID partyId, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.partyId = partyId;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public @Nullable UUID getPartyId() {
		return this.partyId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void update(String displayName, @Nullable String email, Role role, @Nullable UUID partyId, boolean enabled) {
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.partyId = partyId;
		this.enabled = enabled;
	}

	/**
	 * The party this user acted for was a duplicate merged into {@code survivor} (REC-1).
	 */
	void moveToParty(UUID survivor) {
		this.partyId = survivor;
	}

	void changePassword(String passwordHash, boolean temporary) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = temporary;
	}

	boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	CurrentUser toCurrentUser(boolean locked) {
		return new CurrentUser(this.id, this.username, this.displayName, this.role, this.partyId, this.passwordHash,
				this.enabled, locked, this.passwordChangeRequired);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("username", this.username);
		snapshot.put("displayName", this.displayName);
		snapshot.put("email", this.email);
		snapshot.put("role", this.role.name());
		snapshot.put("partyId", this.partyId != null ? this.partyId.toString() : null);
		snapshot.put("enabled", String.valueOf(this.enabled));
		return snapshot;
	}

}
