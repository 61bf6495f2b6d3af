package org.servicechain.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

import org.servicechain.search.TextMatch;
import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A party of the service chain: one of our own teams, an outside organisation (supplier
 * or partner) or a customer (CHAIN-1; B9 1.1, 1.2). Whether it is internal or external is
 * always explicit. External partners carry their partnership status and the date since
 * (CHAIN-5).
 *
 * <p>
 * Invariants: the name is unique (ignoring case and surrounding spaces); teams are
 * internal, suppliers and partners external; only customers have a customer type.
 */
@Entity
@Table(name = "party")
@Indexed(index = "party")
class Party extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 120)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true, length = 120)
	private String nameKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PartyKind kind;

	@Column(nullable = false)
	private boolean internal;

	@Enumerated(EnumType.STRING)
	@Column(name = "customer_type", length = 20)
	private @Nullable CustomerType customerType;

	@Column(length = 2000)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_status", length = 20)
	private @Nullable PartnerStatus partnerStatus;

	@Column(name = "partner_status_since")
	private @Nullable LocalDate partnerStatusSince;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "party_information_source", joinColumns = @JoinColumn(name = "party_id"))
	@OrderColumn(name = "position")
	private List<InformationSource> informationSources = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** The party this duplicate was merged into (REC-1); it is kept, never deleted. */
	@Column(name = "merged_into_id")
	private @Nullable UUID mergedIntoId;

	@Column(name = "merged_at")
	private @Nullable Instant mergedAt;

	protected Party() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.nameKey = "";
		this.kind = PartyKind.CUSTOMER;
		this.createdAt = Instant.EPOCH;
	}

	Party(PartyDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		this.name = "";
		this.nameKey = "";
		this.kind = details.kind();
		apply(details);
	}

	static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void apply(PartyDetails details) {
		this.name = details.name().strip();
		this.nameKey = nameKey(details.name());
		this.kind = details.kind();
		this.internal = details.resolvedInternal();
		this.customerType = details.kind() == PartyKind.CUSTOMER ? details.customerType() : null;
		this.description = details.description();
		this.partnerStatus = details.partnerStatus();
		this.partnerStatusSince = details.partnerStatusSince();
		this.informationSources = new ArrayList<>(details.informationSources());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getName() {
		return this.name;
	}

	PartyKind getKind() {
		return this.kind;
	}

	boolean isInternal() {
		return this.internal;
	}

	boolean isCustomer() {
		return this.kind == PartyKind.CUSTOMER;
	}

	/**
	 * Erasure (UK GDPR Art. 17) of a customer who is a person: the name becomes the
	 * pseudonym and the description goes; kind, dates and links stay.
	 */
	void pseudonymise(String pseudonym) {
		this.name = pseudonym;
		this.nameKey = nameKey(pseudonym);
		this.description = null;
	}

	@Nullable UUID getMergedIntoId() {
		return this.mergedIntoId;
	}

	/**
	 * This party was a duplicate of {@code survivor}: everything it had moved there, and
	 * it stays only to say where it went.
	 */
	void mergeInto(UUID survivor, Instant at) {
		this.mergedIntoId = survivor;
		this.mergedAt = at;
	}

	@Nullable CustomerType getCustomerType() {
		return this.customerType;
	}

	PartyView toView() {
		return new PartyView(this.id, this.version, this.name, this.kind, this.internal, this.customerType,
				this.description, this.partnerStatus, this.partnerStatusSince, List.copyOf(this.informationSources),
				this.createdAt, this.mergedIntoId, this.mergedAt);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("kind", this.kind.name());
		snapshot.put("internal", String.valueOf(this.internal));
		snapshot.put("customerType", this.customerType != null ? this.customerType.name() : null);
		snapshot.put("description", this.description);
		snapshot.put("partnerStatus", this.partnerStatus != null ? this.partnerStatus.name() : null);
		snapshot.put("partnerStatusSince", this.partnerStatusSince != null ? this.partnerStatusSince.toString() : null);
		snapshot.put("mergedInto", this.mergedIntoId != null ? this.mergedIntoId.toString() : null);
		snapshot.put("informationSources", this.informationSources.isEmpty() ? null
				: String.join(", ", this.informationSources.stream().map((s) -> s.label() + " " + s.url()).toList()));
		return snapshot;
	}

}
