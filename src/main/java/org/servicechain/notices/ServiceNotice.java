package org.servicechain.notices;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.chain.PartyKind;
import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;
import org.servicechain.shared.InvalidInputException;

/**
 * Planned work or an incident at a party, a link or a service of the chain, declared by a
 * manager (issue 10, REQ-6; B9 1.6). When declared, the parties downstream are found
 * through the chain analysis and kept with it: they are the notice's audience, and every
 * update and the all-clear goes to the same people. Lifecycle: declared → updated (any
 * number of times) → all clear; nothing is said after the all-clear.
 */
@Entity
@Table(name = "service_notice")
class ServiceNotice extends AssignedIdEntity implements Auditable {

	static final String DECLARED = "DECLARED";

	static final String UPDATE = "UPDATE";

	static final String ALL_CLEAR = "ALL_CLEAR";

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "reference_number", nullable = false)
	private long referenceNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private NoticeKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 20)
	private NoticeSubject subject;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(name = "subject_name", nullable = false, length = 300)
	private String subjectName;

	@Column(name = "subject_party_id")
	private @Nullable UUID subjectPartyId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String message;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at")
	private @Nullable Instant endsAt;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	@Column(name = "declared_by", nullable = false, length = 100)
	private String declaredBy;

	@Column(name = "declared_by_name", nullable = false, length = 200)
	private String declaredByName;

	@Column(name = "cleared_at")
	private @Nullable Instant clearedAt;

	@Column(name = "origin_id")
	private @Nullable UUID originId;

	@ElementCollection
	@CollectionTable(name = "service_notice_party", joinColumns = @JoinColumn(name = "notice_id"))
	private List<Party> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "service_notice_service", joinColumns = @JoinColumn(name = "notice_id"))
	private List<Service> services = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "service_notice_round", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderColumn(name = "position")
	private List<Round> rounds = new ArrayList<>();

	protected ServiceNotice() {
		this.id = UUID.randomUUID();
		this.kind = NoticeKind.INCIDENT;
		this.subject = NoticeSubject.PARTY;
		this.subjectId = this.id;
		this.subjectName = "";
		this.title = "";
		this.message = "";
		this.startsAt = Instant.EPOCH;
		this.declaredAt = Instant.EPOCH;
		this.declaredBy = "";
		this.declaredByName = "";
	}

	/**
	 * @param subjectPartyId the party the work is at (the provider of a link), if one
	 */
	ServiceNotice(long referenceNumber, NoticeKind kind, NoticeSubject subject, UUID subjectId, String subjectName,
			@Nullable UUID subjectPartyId, String title, String message, Instant startsAt, @Nullable Instant endsAt,
			@Nullable UUID originId, List<Party> parties, List<Service> services, String by, String byName,
			Instant at) {
		this();
		this.referenceNumber = referenceNumber;
		this.kind = kind;
		this.subject = subject;
		this.subjectId = subjectId;
		this.subjectName = subjectName;
		this.subjectPartyId = subjectPartyId;
		this.title = title;
		this.message = message;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.originId = originId;
		this.parties = new ArrayList<>(parties);
		this.services = new ArrayList<>(services);
		this.declaredAt = at;
		this.declaredBy = by;
		this.declaredByName = byName;
		this.rounds.add(new Round(DECLARED, message, at, byName));
	}

	/**
	 * Says more (an update) to the same people.
	 * @return the round's number (1 is the notice as declared)
	 */
	int update(String text, String byName, Instant at) {
		requireNotCleared();
		this.rounds.add(new Round(UPDATE, text, at, byName));
		return this.rounds.size();
	}

	/**
	 * Gives the all-clear: the work is done or the incident is over.
	 * @return the round's number
	 */
	int allClear(String text, String byName, Instant at) {
		requireNotCleared();
		this.rounds.add(new Round(ALL_CLEAR, text, at, byName));
		this.clearedAt = at;
		return this.rounds.size();
	}

	private void requireNotCleared() {
		if (this.clearedAt != null) {
			throw new InvalidInputException("message", "cleared",
					"the all-clear was given; declare a new notice if something else happens");
		}
	}

	/**
	 * A duplicate customer party was merged into another (REC-1): the notice names the
	 * survivor, under its name, wherever it named the duplicate: as the party the work is
	 * at and among those affected. A party then named twice is named once, and the party
	 * the work is at is not also among those affected (as when declared). Who was told
	 * stays as it was: that is what happened.
	 * @return whether the notice named the duplicate
	 */
	boolean moveParty(UUID from, UUID into, String intoName) {
		boolean named = concerns(from) || (this.subject == NoticeSubject.PARTY && from.equals(this.subjectId));
		if (!named) {
			return false;
		}
		if (from.equals(this.subjectPartyId)) {
			this.subjectPartyId = into;
		}
		if (this.subject == NoticeSubject.PARTY && from.equals(this.subjectId)) {
			this.subjectId = into;
			this.subjectName = intoName;
		}
		List<Party> moved = new ArrayList<>();
		for (Party party : this.parties) {
			Party now = party.partyId.equals(from) ? new Party(into, intoName, party.partyKind) : party;
			boolean again = moved.stream().anyMatch((other) -> other.partyId.equals(now.partyId));
			if (!again && !now.partyId.equals(this.subjectPartyId)) {
				moved.add(now);
			}
		}
		// Changed in place: the collection is the entity's, so its version goes up.
		this.parties.clear();
		this.parties.addAll(moved);
		return true;
	}

	/**
	 * @return whether the notice concerns a party: the work is at it, or it was found
	 * affected.
	 */
	boolean concerns(UUID partyId) {
		return partyId.equals(this.subjectPartyId) || affects(partyId);
	}

	boolean affects(UUID partyId) {
		return this.parties.stream().anyMatch((party) -> party.partyId.equals(partyId));
	}

	/**
	 * @return whether something that happened at that moment happened while the notice
	 * ran (from its start until the all-clear).
	 */
	boolean runsAt(Instant at) {
		return !at.isBefore(this.startsAt) && (this.clearedAt == null || !at.isAfter(this.clearedAt));
	}

	String reference() {
		return "SN-" + this.referenceNumber;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	NoticeKind getKind() {
		return this.kind;
	}

	NoticeSubject getSubject() {
		return this.subject;
	}

	UUID getSubjectId() {
		return this.subjectId;
	}

	String getSubjectName() {
		return this.subjectName;
	}

	String getTitle() {
		return this.title;
	}

	String getMessage() {
		return this.message;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	@Nullable Instant getEndsAt() {
		return this.endsAt;
	}

	Instant getDeclaredAt() {
		return this.declaredAt;
	}

	String getDeclaredByName() {
		return this.declaredByName;
	}

	@Nullable Instant getClearedAt() {
		return this.clearedAt;
	}

	@Nullable UUID getOriginId() {
		return this.originId;
	}

	List<Party> getParties() {
		return List.copyOf(this.parties);
	}

	List<Service> getServices() {
		return List.copyOf(this.services);
	}

	List<Round> getRounds() {
		return List.copyOf(this.rounds);
	}

	ServiceNoticeSummary summary() {
		return new ServiceNoticeSummary(this.id, this.version, reference(), this.kind, this.subjectName, this.title,
				this.startsAt, this.endsAt, this.clearedAt, this.parties.size(), this.rounds.size() - 1);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("reference", reference());
		snapshot.put("kind", this.kind.name());
		snapshot.put("subject", this.subject.name() + " " + this.subjectId);
		snapshot.put("title", this.title);
		snapshot.put("startsAt", this.startsAt.toString());
		snapshot.put("endsAt", (this.endsAt != null) ? this.endsAt.toString() : null);
		snapshot.put("affectedParties", String.valueOf(this.parties.size()));
		snapshot.put("rounds", String.valueOf(this.rounds.size()));
		snapshot.put("clearedAt", (this.clearedAt != null) ? this.clearedAt.toString() : null);
		return snapshot;
	}

	/**
	 * A party found affected through the chain.
	 */
	@Embeddable
	static class Party {

		@Column(name = "party_id", nullable = false)
		UUID partyId;

		@Column(name = "party_name", nullable = false, length = 300)
		String partyName;

		@Enumerated(EnumType.STRING)
		@Column(name = "party_kind", nullable = false, length = 20)
		PartyKind partyKind;

		protected Party() {
			this.partyId = new UUID(0, 0);
			this.partyName = "";
			this.partyKind = PartyKind.CUSTOMER;
		}

		Party(UUID partyId, String partyName, PartyKind partyKind) {
			this.partyId = partyId;
			this.partyName = partyName;
			this.partyKind = partyKind;
		}

	}

	/**
	 * An end-user service found affected.
	 */
	@Embeddable
	static class Service {

		@Column(name = "service_id", nullable = false)
		UUID serviceId;

		@Column(name = "service_name", nullable = false, length = 300)
		String serviceName;

		protected Service() {
			this.serviceId = new UUID(0, 0);
			this.serviceName = "";
		}

		Service(UUID serviceId, String serviceName) {
			this.serviceId = serviceId;
			this.serviceName = serviceName;
		}

	}

	/**
	 * What was said once: the notice as declared, an update, or the all-clear.
	 */
	@Embeddable
	static class Round {

		@Column(nullable = false, length = 20)
		String kind;

		@Column(nullable = false, length = 4000)
		String message;

		@Column(name = "said_at", nullable = false)
		Instant at;

		@Column(name = "by_name", nullable = false, length = 200)
		String byName;

		protected Round() {
			this.kind = UPDATE;
			this.message = "";
			this.at = Instant.EPOCH;
			this.byName = "";
		}

		Round(String kind, String message, Instant at, String byName) {
			this.kind = kind;
			this.message = message;
			this.at = at;
			this.byName = byName;
		}

	}

}
