package org.servicechain.portfolio;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * One record a practitioner chose as evidence: which record (kind, id, reference), when
 * the work happened, which customer it was for (by id only: the assessor counts different
 * customers without needing to know who they are), what the practitioner did and why, and
 * the criteria it shows.
 */
@Entity
@Table(name = "portfolio_evidence")
class EvidencePiece extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "portfolio_id")
	private UUID portfolioId;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_kind")
	private EvidenceSource sourceKind;

	@Column(name = "source_id")
	private UUID sourceId;

	@Column(name = "source_reference")
	private String sourceReference;

	private String title;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "customer_id")
	private @Nullable UUID customerId;

	@Column(name = "customer_internal")
	private @Nullable Boolean customerInternal;

	private String annotation;

	@Column(name = "added_at")
	private Instant addedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "portfolio_evidence_criterion", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "criterion_code")
	@OrderBy
	private Set<String> criteria = new LinkedHashSet<>();

	protected EvidencePiece() {
		this.id = UUID.randomUUID();
		this.portfolioId = this.id;
		this.sourceKind = EvidenceSource.REQUEST;
		this.sourceId = this.id;
		this.sourceReference = "";
		this.title = "";
		this.occurredAt = Instant.EPOCH;
		this.annotation = "";
		this.addedAt = Instant.EPOCH;
	}

	EvidencePiece(UUID portfolioId, Suggestion source, String annotation, Set<String> criteria, Instant at) {
		this.id = UUID.randomUUID();
		this.portfolioId = portfolioId;
		this.sourceKind = source.kind();
		this.sourceId = source.sourceId();
		this.sourceReference = source.reference();
		this.title = truncate(source.title(), 300);
		this.occurredAt = source.occurredAt();
		this.customerId = source.customerId();
		this.customerInternal = source.customerInternal();
		this.annotation = annotation;
		this.criteria = new LinkedHashSet<>(criteria);
		this.addedAt = at;
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	void change(String annotation, Set<String> criteria) {
		this.annotation = annotation;
		this.criteria.clear();
		this.criteria.addAll(criteria);
	}

	UUID getPortfolioId() {
		return this.portfolioId;
	}

	EvidenceSource getSourceKind() {
		return this.sourceKind;
	}

	UUID getSourceId() {
		return this.sourceId;
	}

	String getSourceReference() {
		return this.sourceReference;
	}

	String getTitle() {
		return this.title;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	@Nullable UUID getCustomerId() {
		return this.customerId;
	}

	@Nullable Boolean getCustomerInternal() {
		return this.customerInternal;
	}

	String getAnnotation() {
		return this.annotation;
	}

	Instant getAddedAt() {
		return this.addedAt;
	}

	Set<String> getCriteria() {
		return this.criteria;
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
		snapshot.put("Record", this.sourceKind.label() + " " + this.sourceReference);
		snapshot.put("What I did and why", this.annotation);
		snapshot.put("Criteria", String.join(", ", new java.util.TreeSet<>(this.criteria)));
		return snapshot;
	}

}
