package org.servicechain.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.servicechain.shared.AssignedIdEntity;

/**
 * A dated entry in the relationship log of a party: rapport built, a meeting, a
 * cooperative or an uncooperative episode (CHAIN-5; NOS PC8; B9 evidence requirements 5
 * and 6). Entries are facts about the past and are never edited; a correction is a new
 * entry.
 */
@Entity
@Table(name = "relationship_entry")
class RelationshipEntry extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "party_id", nullable = false)
	private UUID partyId;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RelationshipKind kind;

	@Column(nullable = false, length = 2000)
	private String summary;

	@Column(name = "recorded_by", nullable = false, length = 60)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected RelationshipEntry() {
		this.id = UUID.randomUUID();
		this.partyId = this.id;
		this.occurredOn = LocalDate.EPOCH;
		this.kind = RelationshipKind.NOTE;
		this.summary = "";
		this.recordedBy = "";
		this.recordedAt = Instant.EPOCH;
	}

	void moveTo(UUID survivor) {
		this.partyId = survivor;
	}

	RelationshipEntry(UUID partyId, RelationshipEntryDetails details, String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.partyId = partyId;
		this.occurredOn = details.occurredOn();
		this.kind = details.kind();
		this.summary = details.summary().strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	RelationshipEntryView toView() {
		return new RelationshipEntryView(this.id, this.partyId, this.occurredOn, this.kind, this.summary,
				this.recordedBy, this.recordedAt);
	}

}
