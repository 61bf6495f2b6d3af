package org.servicechain.workforce;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
 * What to do when something unexpected happens (WF-4): the situation, the party of the
 * chain it concerns (a supplier that fails, the team whose system is down), the steps in
 * order with who does each, and whom to call. Steps are kept one per line as
 * {@code role: what to do}.
 */
@Entity
@Table(name = "workforce_procedure")
class ContingencyProcedure extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Situation situation;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(nullable = false, length = 4000)
	private String steps;

	@Column(length = 2000)
	private @Nullable String contacts;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ContingencyProcedure() {
		this.id = UUID.randomUUID();
		this.title = "";
		this.situation = Situation.OTHER;
		this.steps = "";
		this.updatedAt = Instant.EPOCH;
	}

	ContingencyProcedure(ProcedureDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.title = "";
		this.situation = Situation.OTHER;
		this.steps = "";
		this.updatedAt = now;
		change(details, now);
	}

	final void change(ProcedureDetails details, Instant now) {
		this.title = details.title();
		this.situation = details.situation();
		this.partyId = details.partyId();
		this.steps = String.join("\n", details.steps().stream().map(ProcedureDetails.Step::line).toList());
		this.contacts = details.contacts();
		this.updatedAt = now;
	}

	ProcedureDetails details() {
		return new ProcedureDetails(this.title, this.situation, this.partyId, ProcedureDetails.steps(this.steps),
				this.contacts);
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
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
		snapshot.put("title", this.title);
		snapshot.put("situation", this.situation.name());
		snapshot.put("party", (this.partyId != null) ? this.partyId.toString() : "");
		snapshot.put("steps", this.steps);
		snapshot.put("contacts", (this.contacts != null) ? this.contacts : "");
		return snapshot;
	}

	static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
