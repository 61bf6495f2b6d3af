package org.servicechain.workforce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A contingency procedure put to work (WF-4): a copy of its steps as a checklist, each
 * ticked by someone at a time with a note, and, once it is over, the post-incident
 * review: what happened and what changes.
 */
@Entity
@Table(name = "workforce_incident")
class Incident extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Column(name = "procedure_id", nullable = false)
	private UUID procedureId;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Situation situation;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(length = 2000)
	private @Nullable String contacts;

	@Column(length = 1000)
	private @Nullable String note;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "opened_by", nullable = false, length = 100)
	private String openedBy;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "closed_by", length = 100)
	private @Nullable String closedBy;

	@Column(name = "what_happened", length = 4000)
	private @Nullable String whatHappened;

	@Column(name = "what_changes", length = 4000)
	private @Nullable String whatChanges;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "workforce_incident_step", joinColumns = @JoinColumn(name = "incident_id"))
	@OrderColumn(name = "position")
	private List<Step> steps = new ArrayList<>();

	@Version
	private long version;

	protected Incident() {
		this.id = UUID.randomUUID();
		this.procedureId = new UUID(0, 0);
		this.title = "";
		this.situation = Situation.OTHER;
		this.openedAt = Instant.EPOCH;
		this.openedBy = "";
	}

	Incident(UUID procedureId, ProcedureDetails procedure, @Nullable String note, Instant now, String by) {
		this.id = UUID.randomUUID();
		this.procedureId = procedureId;
		this.title = procedure.title();
		this.situation = procedure.situation();
		this.partyId = procedure.partyId();
		this.contacts = procedure.contacts();
		this.note = note;
		this.openedAt = now;
		this.openedBy = by;
		procedure.steps().forEach((step) -> this.steps.add(new Step(step.role(), step.text())));
	}

	void tick(int index, @Nullable String stepNote, Instant now, String by) {
		Step step = this.steps.get(index);
		step.doneAt = now;
		step.doneBy = by;
		step.note = stepNote;
	}

	void close(String whatHappened, String whatChanges, Instant now, String by) {
		this.whatHappened = whatHappened;
		this.whatChanges = whatChanges;
		this.closedAt = now;
		this.closedBy = by;
	}

	boolean open() {
		return this.closedAt == null;
	}

	List<Step> getSteps() {
		return this.steps;
	}

	UUID getProcedureId() {
		return this.procedureId;
	}

	String getTitle() {
		return this.title;
	}

	Situation getSituation() {
		return this.situation;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	@Nullable String getContacts() {
		return this.contacts;
	}

	@Nullable String getNote() {
		return this.note;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	String getOpenedBy() {
		return this.openedBy;
	}

	@Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	@Nullable String getClosedBy() {
		return this.closedBy;
	}

	@Nullable String getWhatHappened() {
		return this.whatHappened;
	}

	@Nullable String getWhatChanges() {
		return this.whatChanges;
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
		snapshot.put("stepsDone", String.valueOf(this.steps.stream().filter((step) -> step.doneAt != null).count()));
		snapshot.put("closedAt", (this.closedAt != null) ? this.closedAt.toString() : "");
		snapshot.put("whatHappened", (this.whatHappened != null) ? this.whatHappened : "");
		snapshot.put("whatChanges", (this.whatChanges != null) ? this.whatChanges : "");
		return snapshot;
	}

	/**
	 * One step of the checklist.
	 */
	@Embeddable
	static class Step {

		@Column(length = 100)
		@Nullable String role;

		@Column(nullable = false, length = 500)
		String text = "";

		@Column(name = "done_at")
		@Nullable Instant doneAt;

		@Column(name = "done_by", length = 100)
		@Nullable String doneBy;

		@Column(length = 1000)
		@Nullable String note;

		protected Step() {
		}

		Step(@Nullable String role, String text) {
			this.role = role;
			this.text = text;
		}

	}

}
