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
 * One meeting of a series (PM-3): the day it is held, the period its evidence covers
 * (since the meeting before), an agenda drafted from the data and then edited by people,
 * the minutes and the decisions. Whose it is (kind, party, person, manager) is copied
 * from the series when it is planned and never changes, so lists can be narrowed to what
 * the caller may see in the database.
 */
@Entity
@Table(name = "review_meeting")
class Meeting extends AssignedIdEntity implements Auditable {

	static final int MAX_AGENDA = 8000;

	static final int MAX_MINUTES = 8000;

	static final int MAX_DECISIONS = 4000;

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "series_id")
	private UUID seriesId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(name = "person_username")
	private @Nullable String person;

	@Column(name = "manager_username")
	private @Nullable String manager;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	private String agenda;

	private String minutes;

	private String decisions;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Meeting() {
		this.id = UUID.randomUUID();
		this.seriesId = this.id;
		this.kind = MeetingKind.PARTNER_REVIEW;
		this.heldOn = LocalDate.EPOCH;
		this.periodFrom = LocalDate.EPOCH;
		this.periodTo = LocalDate.EPOCH;
		this.status = MeetingStatus.PLANNED;
		this.agenda = "";
		this.minutes = "";
		this.decisions = "";
		this.createdAt = Instant.EPOCH;
	}

	Meeting(MeetingSeries series, LocalDate heldOn, LocalDate periodFrom, LocalDate periodTo, String agenda,
			Instant at) {
		this.id = UUID.randomUUID();
		this.seriesId = series.getId();
		this.kind = series.getKind();
		this.partyId = series.getPartyId();
		this.person = series.getPerson();
		this.manager = series.getManager();
		this.heldOn = heldOn;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.status = MeetingStatus.PLANNED;
		this.agenda = agenda;
		this.minutes = "";
		this.decisions = "";
		this.createdAt = at;
	}

	/**
	 * Records what was agreed to discuss, what was said and what was decided; a meeting
	 * once held stays held.
	 */
	void record(String agenda, String minutes, String decisions, boolean held) {
		this.agenda = agenda;
		this.minutes = minutes;
		this.decisions = decisions;
		if (held) {
			this.status = MeetingStatus.HELD;
		}
	}

	/**
	 * Replaces the agenda with a fresh draft from the data: only before the meeting is
	 * held, so the record of what was discussed is never rewritten.
	 */
	void redraft(String agenda) {
		if (this.status == MeetingStatus.HELD) {
			throw new org.servicechain.shared.InvalidInputException("agenda", "held",
					"the meeting has been held; its agenda is part of the record now");
		}
		this.agenda = agenda;
	}

	MeetingScope scope() {
		return new MeetingScope(this.kind, this.partyId, this.person, this.manager);
	}

	UUID getSeriesId() {
		return this.seriesId;
	}

	MeetingKind getKind() {
		return this.kind;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	@Nullable String getPerson() {
		return this.person;
	}

	LocalDate getHeldOn() {
		return this.heldOn;
	}

	LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	LocalDate getPeriodTo() {
		return this.periodTo;
	}

	MeetingStatus getStatus() {
		return this.status;
	}

	String getAgenda() {
		return this.agenda;
	}

	String getMinutes() {
		return this.minutes;
	}

	String getDecisions() {
		return this.decisions;
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
		snapshot.put("Held on", this.heldOn.toString());
		snapshot.put("Status", this.status.label());
		snapshot.put("Agenda", this.agenda);
		snapshot.put("Minutes", this.minutes);
		snapshot.put("Decisions", this.decisions);
		return snapshot;
	}

}
