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
 * A standing review (PM-3; B9 2.5): either regular meetings with one partner party of the
 * chain ("SwiftParcel quarterly review") or 1:1s between a manager and one member of
 * staff. Its meetings follow one another at its cadence, and the actions agreed in any of
 * them belong to the series, so open ones are carried forward until done.
 * <p>
 * Invariant: a partner review names a party and no person; a 1:1 names the person and the
 * manager and no party.
 */
@Entity
@Table(name = "review_meeting_series")
class MeetingSeries extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String title;

	@Enumerated(EnumType.STRING)
	private Cadence cadence;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(name = "person_username")
	private @Nullable String person;

	@Column(name = "manager_username")
	private @Nullable String manager;

	@Column(name = "created_by_name")
	private String createdByName;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "closed_on")
	private @Nullable LocalDate closedOn;

	@Column(name = "closed_by_name")
	private @Nullable String closedByName;

	protected MeetingSeries() {
		this.id = UUID.randomUUID();
		this.kind = MeetingKind.PARTNER_REVIEW;
		this.title = "";
		this.cadence = Cadence.QUARTERLY;
		this.createdByName = "";
		this.createdAt = Instant.EPOCH;
	}

	private MeetingSeries(MeetingKind kind, String title, Cadence cadence, @Nullable UUID partyId,
			@Nullable String person, @Nullable String manager, String createdByName, Instant at) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.title = title;
		this.cadence = cadence;
		this.partyId = partyId;
		this.person = person;
		this.manager = manager;
		this.createdByName = createdByName;
		this.createdAt = at;
	}

	static MeetingSeries partnerReview(String title, Cadence cadence, UUID partyId, String createdByName, Instant at) {
		return new MeetingSeries(MeetingKind.PARTNER_REVIEW, title, cadence, partyId, null, null, createdByName, at);
	}

	static MeetingSeries oneToOne(String title, Cadence cadence, String person, String manager, String createdByName,
			Instant at) {
		return new MeetingSeries(MeetingKind.ONE_TO_ONE, title, cadence, null, person, manager, createdByName, at);
	}

	MeetingScope scope() {
		return new MeetingScope(this.kind, this.partyId, this.person, this.manager);
	}

	void change(String title, Cadence cadence) {
		this.title = title;
		this.cadence = cadence;
	}

	void close(LocalDate on, String byName) {
		this.closedOn = on;
		this.closedByName = byName;
	}

	boolean closed() {
		return this.closedOn != null;
	}

	@Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	@Nullable String getClosedByName() {
		return this.closedByName;
	}

	MeetingKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	Cadence getCadence() {
		return this.cadence;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	@Nullable String getPerson() {
		return this.person;
	}

	@Nullable String getManager() {
		return this.manager;
	}

	Instant getCreatedAt() {
		return this.createdAt;
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
		snapshot.put("Kind", this.kind.label());
		snapshot.put("Title", this.title);
		snapshot.put("Cadence", this.cadence.label());
		snapshot.put("Party", (this.partyId != null) ? this.partyId.toString() : null);
		snapshot.put("Person", this.person);
		snapshot.put("Manager", this.manager);
		snapshot.put("Closed on", (this.closedOn != null) ? this.closedOn.toString() : null);
		return snapshot;
	}

}
