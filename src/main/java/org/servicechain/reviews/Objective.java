package org.servicechain.reviews;

import java.time.Instant;
import java.time.LocalDate;
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
 * A SMART objective for a person, team or partner (PM-1; B9 3.4): Specific text, a
 * Measure bound to a live metric with a baseline and a target, Achievable in the
 * judgement of a named person, Relevant to a service, and Time-bound by its deadline. Its
 * progress is never stored: it is computed from the metric each time it is shown.
 * <p>
 * Invariant: a person's objective names the person's login name and no party; a team's or
 * partner's names the party.
 */
@Entity
@Table(name = "review_objective")
class Objective extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ObjectiveSubject subject;

	@Column(name = "person_username")
	private @Nullable String person;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(name = "specific_text")
	private String specific;

	@Enumerated(EnumType.STRING)
	private ObjectiveMetric metric;

	private double baseline;

	private double target;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	private LocalDate deadline;

	@Column(name = "service_id")
	private @Nullable UUID serviceId;

	@Column(name = "achievable_by")
	private String achievableBy;

	@Column(name = "created_by_name")
	private String createdByName;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Objective() {
		this.id = UUID.randomUUID();
		this.subject = ObjectiveSubject.PERSON;
		this.specific = "";
		this.metric = ObjectiveMetric.RESOLVED_REQUESTS;
		this.startsOn = LocalDate.EPOCH;
		this.deadline = LocalDate.EPOCH;
		this.achievableBy = "";
		this.createdByName = "";
		this.createdAt = Instant.EPOCH;
	}

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome")
	private @Nullable ObjectiveOutcome outcome;

	@Column(name = "outcome_note")
	private @Nullable String outcomeNote;

	@Column(name = "closed_on")
	private @Nullable LocalDate closedOn;

	@Column(name = "closed_by_name")
	private @Nullable String closedByName;

	Objective(NewObjective command, String createdByName, Instant at) {
		this.id = UUID.randomUUID();
		this.subject = java.util.Objects.requireNonNull(command.subject());
		this.person = (this.subject == ObjectiveSubject.PERSON) ? command.person() : null;
		this.partyId = (this.subject == ObjectiveSubject.PERSON) ? null : command.partyId();
		this.specific = java.util.Objects.requireNonNull(command.specific()).strip();
		this.metric = java.util.Objects.requireNonNull(command.metric());
		this.baseline = java.util.Objects.requireNonNull(command.baseline());
		this.target = java.util.Objects.requireNonNull(command.target());
		this.startsOn = java.util.Objects.requireNonNull(command.startsOn());
		this.deadline = java.util.Objects.requireNonNull(command.deadline());
		this.serviceId = command.serviceId();
		this.achievableBy = java.util.Objects.requireNonNull(command.achievableBy()).strip();
		this.createdByName = createdByName;
		this.createdAt = at;
	}

	void change(double target, LocalDate deadline) {
		this.target = target;
		this.deadline = deadline;
	}

	void close(ObjectiveOutcome outcome, String note, LocalDate on, String byName) {
		this.outcome = outcome;
		this.outcomeNote = note;
		this.closedOn = on;
		this.closedByName = byName;
	}

	boolean closed() {
		return this.outcome != null;
	}

	@Nullable ObjectiveOutcome getOutcome() {
		return this.outcome;
	}

	@Nullable String getOutcomeNote() {
		return this.outcomeNote;
	}

	@Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	@Nullable String getClosedByName() {
		return this.closedByName;
	}

	ObjectiveSubject getSubject() {
		return this.subject;
	}

	@Nullable String getPerson() {
		return this.person;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	String getSpecific() {
		return this.specific;
	}

	ObjectiveMetric getMetric() {
		return this.metric;
	}

	double getBaseline() {
		return this.baseline;
	}

	double getTarget() {
		return this.target;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	@Nullable UUID getServiceId() {
		return this.serviceId;
	}

	String getAchievableBy() {
		return this.achievableBy;
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
		snapshot.put("Subject", this.subject.label());
		snapshot.put("Person", this.person);
		snapshot.put("Party", (this.partyId != null) ? this.partyId.toString() : null);
		snapshot.put("Specific", this.specific);
		snapshot.put("Metric", this.metric.label());
		snapshot.put("Baseline", String.valueOf(this.baseline));
		snapshot.put("Target", String.valueOf(this.target));
		snapshot.put("Window", this.startsOn + " to " + this.deadline);
		snapshot.put("Service", (this.serviceId != null) ? this.serviceId.toString() : null);
		snapshot.put("Achievable by", this.achievableBy);
		snapshot.put("Outcome", (this.outcome != null) ? this.outcome.label() : null);
		snapshot.put("Outcome note", this.outcomeNote);
		snapshot.put("Closed on", (this.closedOn != null) ? this.closedOn.toString() : null);
		return snapshot;
	}

}
