package org.servicechain.workforce;

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
import org.servicechain.shared.InvalidInputException;

/**
 * A person away from work for whole days, first to last inclusive (WF-1, WF-3): holiday,
 * sickness, training or other. Requested by the person (or recorded for them by a
 * manager), approved or refused by a manager who is not the person, cancelled while it
 * has not ended. A stand-in (deputy) covers the person's work while they are away.
 */
@Entity
@Table(name = "workforce_absence")
class Absence extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AbsenceKind kind;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AbsenceStatus status;

	@Column(name = "stand_in", length = 100)
	private @Nullable String standIn;

	@Column(length = 500)
	private @Nullable String note;

	@Column(name = "requested_by", nullable = false, length = 100)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_by", length = 100)
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decision_note", length = 500)
	private @Nullable String decisionNote;

	@Column(name = "work_moved_at")
	private @Nullable Instant workMovedAt;

	@Column(name = "cover_note", length = 500)
	private @Nullable String coverNote;

	@Column(name = "cover_tried_at")
	private @Nullable Instant coverTriedAt;

	@Version
	private long version;

	protected Absence() {
		this.id = UUID.randomUUID();
		this.username = "";
		this.kind = AbsenceKind.OTHER;
		this.startsOn = LocalDate.EPOCH;
		this.endsOn = LocalDate.EPOCH;
		this.status = AbsenceStatus.REQUESTED;
		this.requestedBy = "";
		this.requestedAt = Instant.EPOCH;
	}

	Absence(String username, AbsenceKind kind, LocalDate startsOn, LocalDate endsOn, @Nullable String standIn,
			@Nullable String note, String requestedBy, Instant at) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.kind = kind;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.standIn = standIn;
		this.note = note;
		this.status = AbsenceStatus.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = at;
	}

	void approve(String manager, @Nullable String note, Instant at) {
		requireRequested("approved");
		this.status = AbsenceStatus.APPROVED;
		this.decidedBy = manager;
		this.decisionNote = note;
		this.decidedAt = at;
	}

	void refuse(String manager, String reason, Instant at) {
		requireRequested("refused");
		this.status = AbsenceStatus.REFUSED;
		this.decidedBy = manager;
		this.decisionNote = reason;
		this.decidedAt = at;
	}

	void cancel(String actor, LocalDate today, Instant at) {
		if (!this.status.standing()) {
			throw new InvalidInputException("status", "transition", "the absence is "
					+ this.status.label().toLowerCase(java.util.Locale.ROOT) + " and cannot be cancelled");
		}
		if (this.endsOn.isBefore(today)) {
			throw new InvalidInputException("status", "ended",
					"the absence ended on " + this.endsOn + " and stays on record; it cannot be cancelled");
		}
		this.status = AbsenceStatus.CANCELLED;
		this.decidedBy = actor;
		this.decidedAt = at;
	}

	void changeStandIn(@Nullable String standIn) {
		this.standIn = standIn;
	}

	void workMoved(Instant at) {
		this.workMovedAt = at;
		this.coverNote = null;
	}

	/**
	 * The scheduled move at the start of the absence could not place every item; nothing
	 * moved. The reason stays until the work is moved.
	 */
	void coverFailed(Instant at, String reason) {
		this.coverTriedAt = at;
		this.coverNote = (reason.length() > 500) ? reason.substring(0, 499) + "…" : reason;
	}

	boolean covers(LocalDate date) {
		return !date.isBefore(this.startsOn) && !date.isAfter(this.endsOn);
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startsOn.isAfter(to) && !this.endsOn.isBefore(from);
	}

	private void requireRequested(String to) {
		if (this.status != AbsenceStatus.REQUESTED) {
			throw new InvalidInputException("status", "transition", "the absence is "
					+ this.status.label().toLowerCase(java.util.Locale.ROOT) + " and cannot be " + to);
		}
	}

	String getUsername() {
		return this.username;
	}

	AbsenceKind getKind() {
		return this.kind;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	AbsenceStatus getStatus() {
		return this.status;
	}

	@Nullable String getStandIn() {
		return this.standIn;
	}

	@Nullable String getNote() {
		return this.note;
	}

	String getRequestedBy() {
		return this.requestedBy;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	@Nullable String getDecidedBy() {
		return this.decidedBy;
	}

	@Nullable String getDecisionNote() {
		return this.decisionNote;
	}

	@Nullable Instant getWorkMovedAt() {
		return this.workMovedAt;
	}

	@Nullable String getCoverNote() {
		return this.coverNote;
	}

	@Nullable Instant getCoverTriedAt() {
		return this.coverTriedAt;
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
		snapshot.put("username", this.username);
		snapshot.put("kind", this.kind.name());
		snapshot.put("startsOn", this.startsOn.toString());
		snapshot.put("endsOn", this.endsOn.toString());
		snapshot.put("status", this.status.name());
		snapshot.put("standIn", this.standIn);
		snapshot.put("decidedBy", this.decidedBy);
		snapshot.put("decisionNote", this.decisionNote);
		snapshot.put("workMovedAt", (this.workMovedAt != null) ? this.workMovedAt.toString() : null);
		snapshot.put("coverNote", this.coverNote);
		return snapshot;
	}

}
