package org.servicechain.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

import org.servicechain.search.TextMatch;
import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * An agreement between two parties of the chain about one or more services: a customer
 * SLA, an internal OLA or an underpinning contract with a supplier, formal or informal
 * (AGREE-1, AGREE-2; B9 2.4, 2.6; NOS PC11, PC13).
 *
 * <p>
 * Its terms are negotiated in numbered versions (AGREE-3; B9 2.3, 3.5): a draft is
 * proposed by one side, the other side accepts it or counters with new terms, and so on,
 * until an authorised contact of each side has accepted the same version; then it is
 * agreed, becomes active, is reviewed, and in the end is superseded or expires. Every
 * version is kept. Agreed terms are never edited: changing them means a new version,
 * through a review.
 *
 * <p>
 * Each transition checks its precondition here and throws {@link AgreementRuleException}
 * naming the rule when the arrow does not exist.
 */
@Entity
@Table(name = "agreement")
@Indexed(index = "agreement")
class Agreement extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "reference_number", nullable = false, unique = true)
	@GenericField
	private int referenceNumber;

	@Column(nullable = false, length = 160)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Formality formality;

	@Column(name = "provider_party_id", nullable = false)
	@GenericField
	private UUID providerId;

	@Column(name = "consumer_party_id", nullable = false)
	@GenericField
	private UUID consumerId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agreement_service", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "service_id", nullable = false)
	private Set<UUID> serviceIds = new HashSet<>();

	@Column(name = "calendar_id", nullable = false)
	private UUID calendarId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AgreementStatus status;

	@Column(name = "valid_from")
	private @Nullable LocalDate validFrom;

	@Column(name = "valid_until")
	private @Nullable LocalDate validUntil;

	@Column(name = "review_on")
	private @Nullable LocalDate reviewOn;

	@Column(name = "review_reminded_for")
	private @Nullable LocalDate reviewRemindedFor;

	@Column(name = "signed_document", length = 500)
	private @Nullable String signedDocument;

	@Column(nullable = false, length = 60)
	private String owner;

	@Column(name = "current_number", nullable = false)
	private int currentNumber;

	@Column(name = "agreed_number")
	private @Nullable Integer agreedNumber;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "agreement_id", nullable = false)
	@OrderBy("number")
	// Children are left out of the optimistic lock: a comment or an acceptance
	// must not make an editor's copy stale, and a new terms version changes the
	// current number, which is locked.
	@OptimisticLock(excluded = true)
	private List<TermsVersion> versions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "agreement_id", nullable = false)
	@OptimisticLock(excluded = true)
	private List<Acceptance> acceptances = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "agreement_id", nullable = false)
	@OptimisticLock(excluded = true)
	private List<Comment> comments = new ArrayList<>();

	protected Agreement() {
		this.id = UUID.randomUUID();
		this.title = "";
		this.kind = AgreementKind.OLA;
		this.formality = Formality.INFORMAL;
		this.providerId = this.id;
		this.consumerId = this.id;
		this.calendarId = this.id;
		this.status = AgreementStatus.DRAFT;
		this.owner = "";
		this.createdAt = Instant.EPOCH;
	}

	Agreement(int referenceNumber, AgreementHeader header, String termsJson, String owner, Instant now) {
		this();
		this.id = UUID.randomUUID();
		this.referenceNumber = referenceNumber;
		this.owner = owner;
		this.createdAt = now;
		apply(header);
		this.currentNumber = 1;
		this.versions.add(new TermsVersion(1, termsJson, null, owner, null, now));
	}

	// Transitions

	void changeHeader(AgreementHeader header) {
		if (this.status == AgreementStatus.AGREED || this.status == AgreementStatus.ACTIVE || this.status.finished()) {
			throw new AgreementRuleException("status", "agreed-is-fixed",
					"an agreement that is " + this.status.label().toLowerCase(java.util.Locale.ROOT)
							+ " cannot be changed; start a review first");
		}
		apply(header);
	}

	void redraft(String termsJson, String author, Instant now) {
		if (this.status != AgreementStatus.DRAFT) {
			throw new AgreementRuleException("terms", "agreed-is-fixed",
					"only a draft can be edited; once proposed, changed terms are a new version (counter-proposal)");
		}
		current().redraft(termsJson, author, now);
	}

	void propose(Side side, @Nullable String note) {
		if (this.status != AgreementStatus.DRAFT) {
			throw new AgreementRuleException("status", "transition", "only a draft can be proposed; this agreement is "
					+ this.status.label().toLowerCase(java.util.Locale.ROOT));
		}
		current().proposedBy(side, note);
		this.status = AgreementStatus.PROPOSED;
	}

	void counter(Side side, String termsJson, String author, @Nullable String note, Instant now) {
		boolean reviewing = this.status == AgreementStatus.UNDER_REVIEW;
		if (!this.status.negotiating()) {
			throw new AgreementRuleException("status", "transition",
					"new terms can be put forward only while the agreement is proposed, countered or under review");
		}
		this.currentNumber++;
		this.versions.add(new TermsVersion(this.currentNumber, termsJson, side, author, note, now));
		if (!reviewing) {
			this.status = AgreementStatus.COUNTERED;
		}
	}

	/**
	 * @return whether both sides have now accepted the current version
	 */
	boolean accept(int termsNumber, Side side, UUID contactId, String contactName, String recordedBy, Instant now) {
		if (!this.status.negotiating() || isAgreedVersion(this.currentNumber)) {
			throw new AgreementRuleException("status", "transition", "there are no terms on the table to accept");
		}
		if (termsNumber != this.currentNumber) {
			throw new AgreementRuleException("termsNumber", "current-version", "version " + termsNumber
					+ " is no longer on the table; version " + this.currentNumber + " is; read it before accepting");
		}
		if (hasAccepted(side, this.currentNumber)) {
			throw new AgreementRuleException("side", "once", "the " + side.label().toLowerCase(java.util.Locale.ROOT)
					+ " has already accepted version " + this.currentNumber);
		}
		this.acceptances.add(new Acceptance(this.currentNumber, side, contactId, contactName, now, recordedBy));
		if (hasAccepted(side.other(), this.currentNumber)) {
			this.agreedNumber = this.currentNumber;
			this.status = AgreementStatus.AGREED;
			return true;
		}
		return false;
	}

	void activate(LocalDate today) {
		if (this.status != AgreementStatus.AGREED) {
			throw new AgreementRuleException("status", "transition", "only an agreed agreement can become active");
		}
		if (this.validFrom != null && this.validFrom.isAfter(today)) {
			throw new AgreementRuleException("validFrom", "not-yet",
					"the agreement is valid from " + this.validFrom + "; it becomes active on that day");
		}
		if (this.validUntil != null && this.validUntil.isBefore(today)) {
			throw new AgreementRuleException("validUntil", "expired", "the agreement ended on " + this.validUntil);
		}
		this.status = AgreementStatus.ACTIVE;
	}

	void startReview() {
		if (this.status != AgreementStatus.ACTIVE) {
			throw new AgreementRuleException("status", "transition", "only an active agreement can be reviewed");
		}
		this.status = AgreementStatus.UNDER_REVIEW;
	}

	void closeReviewUnchanged(LocalDate nextReview) {
		if (this.status != AgreementStatus.UNDER_REVIEW || !isAgreedVersion(this.currentNumber)) {
			throw new AgreementRuleException("status", "transition",
					"only a review with no new terms on the table can be closed unchanged; accept or withdraw the new terms");
		}
		this.reviewOn = nextReview;
		this.status = AgreementStatus.ACTIVE;
	}

	void supersede() {
		if (!this.status.inForce() && this.status != AgreementStatus.AGREED) {
			throw new AgreementRuleException("status", "transition",
					"only an agreed or active agreement can be superseded");
		}
		this.status = AgreementStatus.SUPERSEDED;
	}

	boolean expireIfEnded(LocalDate today) {
		if ((this.status.inForce() || this.status == AgreementStatus.AGREED) && this.validUntil != null
				&& this.validUntil.isBefore(today)) {
			this.status = AgreementStatus.EXPIRED;
			return true;
		}
		return false;
	}

	boolean activateIfDue(LocalDate today) {
		if (this.status == AgreementStatus.AGREED && (this.validFrom == null || !this.validFrom.isAfter(today))
				&& (this.validUntil == null || !this.validUntil.isBefore(today))) {
			this.status = AgreementStatus.ACTIVE;
			return true;
		}
		return false;
	}

	boolean needsReviewReminder(LocalDate today, int daysAhead) {
		return this.reviewOn != null && !this.status.finished() && this.status != AgreementStatus.DRAFT
				&& !this.reviewOn.isAfter(today.plusDays(daysAhead)) && !this.reviewOn.equals(this.reviewRemindedFor);
	}

	void remindedOfReview() {
		this.reviewRemindedFor = this.reviewOn;
	}

	void comment(String author, String authorParty, String text, Instant now) {
		this.comments.add(new Comment(author, authorParty, text, now));
	}

	// Queries

	boolean hasAccepted(Side side, int termsNumber) {
		return this.acceptances.stream().anyMatch((a) -> a.getSide() == side && a.getTermsNumber() == termsNumber);
	}

	private boolean isAgreedVersion(int number) {
		return this.agreedNumber != null && this.agreedNumber == number;
	}

	TermsVersion current() {
		return version(this.currentNumber).orElseThrow();
	}

	Optional<TermsVersion> version(int number) {
		return this.versions.stream().filter((v) -> v.getNumber() == number).findFirst();
	}

	/**
	 * @return the terms that bind the parties now, if any: the agreed version while in
	 * force.
	 */
	Optional<TermsVersion> termsInForce() {
		return (this.agreedNumber != null && (this.status.inForce() || this.status == AgreementStatus.AGREED))
				? version(this.agreedNumber) : Optional.empty();
	}

	boolean overlaps(Agreement other) {
		boolean sameParties = this.providerId.equals(other.providerId) && this.consumerId.equals(other.consumerId);
		boolean sharedService = this.serviceIds.stream().anyMatch(other.serviceIds::contains);
		LocalDate from = this.validFrom != null ? this.validFrom : LocalDate.MIN;
		LocalDate until = this.validUntil != null ? this.validUntil : LocalDate.MAX;
		LocalDate otherFrom = other.validFrom != null ? other.validFrom : LocalDate.MIN;
		LocalDate otherUntil = other.validUntil != null ? other.validUntil : LocalDate.MAX;
		return !this.id.equals(other.id) && sameParties && sharedService && !from.isAfter(otherUntil)
				&& !otherFrom.isAfter(until);
	}

	Side sideOf(UUID partyId) {
		return this.providerId.equals(partyId) ? Side.PROVIDER : Side.CONSUMER;
	}

	boolean involves(UUID partyId) {
		return this.providerId.equals(partyId) || this.consumerId.equals(partyId);
	}

	UUID partyOf(Side side) {
		return side == Side.PROVIDER ? this.providerId : this.consumerId;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String reference() {
		return "AGR-" + this.referenceNumber;
	}

	String getTitle() {
		return this.title;
	}

	AgreementKind getKind() {
		return this.kind;
	}

	Formality getFormality() {
		return this.formality;
	}

	UUID getProviderId() {
		return this.providerId;
	}

	UUID getConsumerId() {
		return this.consumerId;
	}

	Set<UUID> getServiceIds() {
		return Set.copyOf(this.serviceIds);
	}

	UUID getCalendarId() {
		return this.calendarId;
	}

	AgreementStatus getStatus() {
		return this.status;
	}

	@Nullable LocalDate getValidFrom() {
		return this.validFrom;
	}

	@Nullable LocalDate getValidUntil() {
		return this.validUntil;
	}

	@Nullable LocalDate getReviewOn() {
		return this.reviewOn;
	}

	@Nullable String getSignedDocument() {
		return this.signedDocument;
	}

	String getOwner() {
		return this.owner;
	}

	int getCurrentNumber() {
		return this.currentNumber;
	}

	@Nullable Integer getAgreedNumber() {
		return this.agreedNumber;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	List<TermsVersion> getVersions() {
		return List.copyOf(this.versions);
	}

	List<Acceptance> getAcceptances() {
		return List.copyOf(this.acceptances);
	}

	List<Comment> getComments() {
		return this.comments.stream().sorted(Comparator.comparing(Comment::getCreatedAt)).toList();
	}

	/**
	 * One of its parties was a duplicate merged into {@code survivor} (REC-1): that side
	 * is now the survivor. Its terms versions, acceptances and comments stay as they are.
	 */
	void moveParty(UUID duplicate, UUID survivor) {
		if (this.providerId.equals(duplicate)) {
			this.providerId = survivor;
		}
		if (this.consumerId.equals(duplicate)) {
			this.consumerId = survivor;
		}
	}

	private void apply(AgreementHeader header) {
		this.title = header.title().strip();
		this.kind = header.kind();
		this.formality = header.formality();
		this.providerId = header.providerId();
		this.consumerId = header.consumerId();
		// Changed in place, so that saving the same services again changes nothing (and
		// no version).
		this.serviceIds.retainAll(header.serviceIds());
		this.serviceIds.addAll(header.serviceIds());
		this.calendarId = header.calendarId();
		this.validFrom = header.validFrom();
		this.validUntil = header.validUntil();
		this.reviewOn = header.reviewOn();
		this.signedDocument = header.signedDocument();
		if (header.owner() != null) {
			this.owner = header.owner();
		}
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("title", this.title);
		snapshot.put("kind", this.kind.name());
		snapshot.put("formality", this.formality.name());
		snapshot.put("provider", this.providerId.toString());
		snapshot.put("consumer", this.consumerId.toString());
		snapshot.put("services", String.join(", ", this.serviceIds.stream().map(UUID::toString).sorted().toList()));
		snapshot.put("calendar", this.calendarId.toString());
		snapshot.put("status", this.status.name());
		snapshot.put("validFrom", this.validFrom != null ? this.validFrom.toString() : null);
		snapshot.put("validUntil", this.validUntil != null ? this.validUntil.toString() : null);
		snapshot.put("reviewOn", this.reviewOn != null ? this.reviewOn.toString() : null);
		snapshot.put("signedDocument", this.signedDocument);
		snapshot.put("owner", this.owner);
		snapshot.put("termsVersion", String.valueOf(this.currentNumber));
		snapshot.put("agreedVersion", this.agreedNumber != null ? this.agreedNumber.toString() : null);
		return snapshot;
	}

}
