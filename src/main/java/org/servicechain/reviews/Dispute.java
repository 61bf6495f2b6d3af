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
 * A party's objection to a figure on its scorecard, and our answer (PM-2: a partnership
 * is two-sided, and a score nobody may question is not trusted).
 */
@Entity
@Table(name = "review_dispute")
class Dispute extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "period_from")
	private LocalDate from;

	@Column(name = "period_to")
	private LocalDate to;

	@Enumerated(EnumType.STRING)
	private ScorecardMeasure measure;

	private String comment;

	@Column(name = "raised_by")
	private String raisedBy;

	@Column(name = "raised_by_name")
	private String raisedByName;

	@Column(name = "raised_at")
	private Instant raisedAt;

	private @Nullable String answer;

	@Column(name = "answered_by_name")
	private @Nullable String answeredByName;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	protected Dispute() {
		this.id = UUID.randomUUID();
		this.partyId = this.id;
		this.from = LocalDate.EPOCH;
		this.to = LocalDate.EPOCH;
		this.measure = ScorecardMeasure.COMPLIANCE;
		this.comment = "";
		this.raisedBy = "";
		this.raisedByName = "";
		this.raisedAt = Instant.EPOCH;
	}

	Dispute(UUID partyId, LocalDate from, LocalDate to, ScorecardMeasure measure, String comment, String raisedBy,
			String raisedByName, Instant at) {
		this.id = UUID.randomUUID();
		this.partyId = partyId;
		this.from = from;
		this.to = to;
		this.measure = measure;
		this.comment = comment;
		this.raisedBy = raisedBy;
		this.raisedByName = raisedByName;
		this.raisedAt = at;
	}

	void answer(String text, String by, Instant at) {
		this.answer = text;
		this.answeredByName = by;
		this.answeredAt = at;
	}

	UUID getPartyId() {
		return this.partyId;
	}

	DisputeView toView() {
		return new DisputeView(this.id, this.version, this.partyId, this.from, this.to, this.measure, this.comment,
				this.raisedByName, this.raisedAt, this.answer, this.answeredByName, this.answeredAt);
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
		snapshot.put("Measure", this.measure.label());
		snapshot.put("Period", this.from + " to " + this.to);
		snapshot.put("Comment", this.comment);
		snapshot.put("Answer", this.answer);
		return snapshot;
	}

}
