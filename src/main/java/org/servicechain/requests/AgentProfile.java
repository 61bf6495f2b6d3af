package org.servicechain.requests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * How one member of staff takes work (REQ-5; B10 1.2, 1.3): the team whose queue they
 * work (internal team members always work their own team's), their skills as services and
 * categories (none means they take anything), and whether automatic assignment may give
 * them work.
 */
@Entity
@Table(name = "agent_profile")
class AgentProfile extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "team_party_id")
	private @Nullable UUID teamId;

	@Column(name = "skill_services", nullable = false, length = 4000)
	private String skillServices;

	@Column(name = "skill_categories", nullable = false, length = 2000)
	private String skillCategories;

	@Column(name = "auto_assign", nullable = false)
	private boolean autoAssign;

	protected AgentProfile() {
		this.id = UUID.randomUUID();
		this.username = "";
		this.skillServices = "";
		this.skillCategories = "";
	}

	AgentProfile(String username) {
		this();
		this.username = username;
		this.autoAssign = true;
	}

	void change(@Nullable UUID teamId, Set<UUID> services, Set<String> categories, boolean autoAssign) {
		this.teamId = teamId;
		this.skillServices = services.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
		this.skillCategories = categories.stream().sorted().collect(Collectors.joining("\n"));
		this.autoAssign = autoAssign;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getUsername() {
		return this.username;
	}

	@Nullable UUID getTeamId() {
		return this.teamId;
	}

	Set<UUID> skillServices() {
		return Arrays.stream(this.skillServices.split(","))
			.filter((s) -> !s.isBlank())
			.map(UUID::fromString)
			.collect(Collectors.toSet());
	}

	Set<String> skillCategories() {
		return Arrays.stream(this.skillCategories.split("\n"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.collect(Collectors.toSet());
	}

	boolean isAutoAssign() {
		return this.autoAssign;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("username", this.username);
		snapshot.put("team", Objects.toString(this.teamId, null));
		snapshot.put("services", String.join(", ", List.of(this.skillServices.split(","))));
		snapshot.put("categories", String.join(", ", skillCategories().stream().sorted().toList()));
		snapshot.put("autoAssign", String.valueOf(this.autoAssign));
		return snapshot;
	}

}
