package org.servicechain.complaints;

import java.math.BigDecimal;
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
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.search.TextMatch;
import org.servicechain.shared.Auditable;

/**
 * A complaint (CMP-1, CMP-2; 328 5.1–5.3): from a customer party of the chain, internal
 * or external, about a request, a service or a party, handled through five steps. It is
 * not a request with a tag: it is a procedure with a clock per step, owned by someone,
 * and it records who did each step when.
 *
 * <p>
 * Its lifecycle is received → acknowledged → apologised → analysed → resolution proposed
 * → accepted (or rejected, back to analysed) → resolved (assured, follow-up due) →
 * closed. Each arrow is one method here that checks where the complaint stands; a step
 * out of order is refused with {@link ComplaintRuleException}. Every step also appends an
 * entry to the complaint's history, from which the step clocks are derived.
 */
@Entity
@Table(name = "complaint")
@Indexed(index = "complaint")
class Complaint extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "reference_number", nullable = false, unique = true)
	@GenericField
	private long referenceNumber;

	@Column(name = "policy_id", nullable = false)
	private UUID policyId;

	@Column(name = "complainant_party_id", nullable = false)
	@GenericField
	private UUID complainantId;

	@Column(name = "complainant_internal", nullable = false)
	private boolean complainantInternal;

	@Column(name = "complainant_person", nullable = false)
	@GenericField
	private boolean complainantPerson;

	@Column(name = "contact_name", length = 200)
	private @Nullable String contactName;

	@Column(name = "contact_email", length = 200)
	private @Nullable String contactEmail;

	@Column(name = "contact_phone", length = 60)
	private @Nullable String contactPhone;

	@Column(name = "communication_needs", length = 500)
	private @Nullable String communicationNeeds;

	@Column(name = "request_id")
	private @Nullable UUID requestId;

	@Column(name = "service_id")
	private @Nullable UUID serviceId;

	@Column(name = "responsible_party_id")
	@GenericField
	private @Nullable UUID responsiblePartyId;

	@Column(nullable = false, length = 80)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CustomerWants wants;

	@Enumerated(EnumType.STRING)
	@Column(name = "wanted_remedy", length = 30)
	private @Nullable Remedy wantedRemedy;

	@Column(name = "goods_delivered_on")
	private @Nullable LocalDate goodsDeliveredOn;

	@Column(nullable = false, length = 200)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String summary;

	@Column(nullable = false, length = 8000)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ComplaintChannel channel;

	@Column(name = "raised_by", nullable = false, length = 100)
	@KeywordField
	private String raisedBy;

	@Column(length = 100)
	private @Nullable String owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ComplaintStatus status;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "acknowledged_at")
	private @Nullable Instant acknowledgedAt;

	@Column(name = "acknowledged_by", length = 100)
	private @Nullable String acknowledgedBy;

	@Column(length = 4000)
	private @Nullable String acknowledgement;

	@Column(name = "apologised_at")
	private @Nullable Instant apologisedAt;

	@Column(name = "apologised_by", length = 100)
	private @Nullable String apologisedBy;

	@Column(length = 4000)
	private @Nullable String apology;

	@Column(name = "analysed_at")
	private @Nullable Instant analysedAt;

	@Column(name = "analysed_by", length = 100)
	private @Nullable String analysedBy;

	@Column(name = "root_cause", length = 4000)
	private @Nullable String rootCause;

	@Column(name = "cause_category", length = 80)
	private @Nullable String causeCategory;

	@Column(length = 4000)
	private @Nullable String evidence;

	@Column(name = "acted_at")
	private @Nullable Instant actedAt;

	@Column(name = "acted_by", length = 100)
	private @Nullable String actedBy;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private @Nullable Remedy remedy;

	@Column(name = "remedy_value", precision = 12, scale = 2)
	private @Nullable BigDecimal remedyValue;

	@Column(name = "remedy_description", length = 4000)
	private @Nullable String remedyDescription;

	@Column(name = "actions_raised", length = 4000)
	private @Nullable String actionsRaised;

	@Column(name = "approver_contact_id")
	private @Nullable UUID approverContactId;

	@Column(name = "customer_response", length = 20)
	private @Nullable String customerResponse;

	@Column(name = "customer_responded_at")
	private @Nullable Instant customerRespondedAt;

	@Column(name = "customer_comment", length = 4000)
	private @Nullable String customerComment;

	@Column(name = "assured_at")
	private @Nullable Instant assuredAt;

	@Column(name = "assured_by", length = 100)
	private @Nullable String assuredBy;

	@Column(length = 4000)
	private @Nullable String assurance;

	@Column(name = "follow_up_on")
	private @Nullable LocalDate followUpOn;

	@Column(name = "followed_up_at")
	private @Nullable Instant followedUpAt;

	@Column(name = "referred_out_at")
	private @Nullable Instant referredOutAt;

	@Column(name = "refer_out_deadline")
	private @Nullable LocalDate referOutDeadline;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "next_due_at")
	private @Nullable Instant nextDueAt;

	@Column(name = "referral_count", nullable = false)
	private int referralCount;

	protected Complaint() {
		this.id = UUID.randomUUID();
		this.policyId = this.id;
		this.complainantId = this.id;
		this.category = "";
		this.severity = Severity.MEDIUM;
		this.wants = CustomerWants.EXPLANATION;
		this.summary = "";
		this.description = "";
		this.channel = ComplaintChannel.STAFF;
		this.raisedBy = "";
		this.status = ComplaintStatus.RECEIVED;
		this.receivedAt = Instant.EPOCH;
	}

	Complaint(long referenceNumber, UUID policyId, NewComplaint details, boolean complainantInternal,
			boolean complainantPerson, @Nullable UUID serviceId, ComplaintChannel channel, String raisedBy,
			Instant receivedAt) {
		this.id = UUID.randomUUID();
		this.referenceNumber = referenceNumber;
		this.policyId = policyId;
		this.complainantId = details.complainant();
		this.complainantInternal = complainantInternal;
		this.complainantPerson = complainantPerson;
		this.contactName = blankToNull(details.contactName());
		this.contactEmail = blankToNull(details.contactEmail());
		this.contactPhone = blankToNull(details.contactPhone());
		this.communicationNeeds = blankToNull(details.communicationNeeds());
		this.requestId = details.requestId();
		this.serviceId = serviceId;
		this.responsiblePartyId = details.responsiblePartyId();
		this.category = details.category().strip();
		this.severity = details.severity();
		this.wants = details.wants();
		this.wantedRemedy = details.wantedRemedy();
		this.goodsDeliveredOn = details.goodsDeliveredOn();
		this.summary = details.summary().strip();
		this.description = details.description().strip();
		this.channel = channel;
		this.raisedBy = raisedBy;
		this.owner = blankToNull(details.owner());
		this.status = ComplaintStatus.RECEIVED;
		this.receivedAt = receivedAt;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private void requireStatus(ComplaintStep step, ComplaintStatus... allowed) {
		for (ComplaintStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new ComplaintRuleException("step", "step-order", step.label() + " cannot be done while the complaint is "
				+ this.status.label().toLowerCase()
				+ (this.status.nextStep() != null ? "; the next step is " + this.status.nextStep().label() : ""));
	}

	void acknowledge(String message, String by, Instant at) {
		requireStatus(ComplaintStep.ACKNOWLEDGE, ComplaintStatus.RECEIVED);
		this.acknowledgement = message;
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
		this.status = ComplaintStatus.ACKNOWLEDGED;
	}

	void apologise(String wording, String by, Instant at) {
		requireStatus(ComplaintStep.APOLOGISE, ComplaintStatus.ACKNOWLEDGED);
		this.apology = wording;
		this.apologisedBy = by;
		this.apologisedAt = at;
		this.status = ComplaintStatus.APOLOGISED;
	}

	void analyse(String rootCause, String causeCategory, @Nullable UUID responsiblePartyId, @Nullable String evidence,
			String by, Instant at) {
		requireStatus(ComplaintStep.ANALYSE, ComplaintStatus.APOLOGISED);
		this.rootCause = rootCause;
		this.causeCategory = causeCategory;
		this.responsiblePartyId = responsiblePartyId;
		this.evidence = evidence;
		this.analysedBy = by;
		this.analysedAt = at;
		this.status = ComplaintStatus.ANALYSED;
	}

	void act(Remedy remedy, BigDecimal value, String description, @Nullable String actions,
			@Nullable UUID approverContactId, String by, Instant at) {
		requireStatus(ComplaintStep.ACT, ComplaintStatus.ANALYSED);
		this.remedy = remedy;
		this.remedyValue = value;
		this.remedyDescription = description;
		this.actionsRaised = actions;
		this.approverContactId = approverContactId;
		this.actedBy = by;
		this.actedAt = at;
		this.customerResponse = null;
		this.customerComment = null;
		this.customerRespondedAt = null;
		this.status = ComplaintStatus.RESOLUTION_PROPOSED;
	}

	void respond(boolean accepted, @Nullable String comment, Instant at) {
		if (this.status != ComplaintStatus.RESOLUTION_PROPOSED) {
			throw new ComplaintRuleException("accepted", "no-proposal",
					"There is no proposed resolution to accept or reject");
		}
		this.customerResponse = accepted ? "ACCEPTED" : "REJECTED";
		this.customerComment = blankToNull(comment);
		this.customerRespondedAt = at;
		this.status = accepted ? ComplaintStatus.RESOLUTION_ACCEPTED : ComplaintStatus.ANALYSED;
	}

	void assure(String note, LocalDate followUpOn, String by, Instant at) {
		requireStatus(ComplaintStep.ASSURE, ComplaintStatus.RESOLUTION_ACCEPTED);
		this.assurance = note;
		this.followUpOn = followUpOn;
		this.assuredBy = by;
		this.assuredAt = at;
		this.status = ComplaintStatus.RESOLVED;
	}

	void followUp(Instant at) {
		if (this.status != ComplaintStatus.RESOLVED) {
			throw new ComplaintRuleException("status", "not-resolved",
					"Only a resolved complaint is followed up; this one is " + this.status.label().toLowerCase());
		}
		this.followedUpAt = at;
		this.closedAt = at;
		this.status = ComplaintStatus.CLOSED;
	}

	void referOut(LocalDate deadline, Instant at) {
		if (this.status == ComplaintStatus.CLOSED) {
			throw new ComplaintRuleException("target", "closed", "A closed complaint is not referred");
		}
		this.referredOutAt = at;
		this.referOutDeadline = deadline;
		this.referralCount++;
	}

	void referTo(@Nullable String owner) {
		if (!this.status.open()) {
			throw new ComplaintRuleException("target", "resolved",
					"A resolved complaint is not referred; follow it up instead");
		}
		if (owner != null) {
			this.owner = owner;
		}
		// Counted on the complaint itself so that a referral changes its version: copies
		// held by others become stale.
		this.referralCount++;
	}

	/**
	 * Replaces the complainant's personal data (erasure, REC-5): the contact becomes the
	 * pseudonym, contact details and needs are removed, and the texts are given with the
	 * person's identifiers replaced. Steps, dates, remedies and clocks are kept.
	 */
	void pseudonymise(String pseudonym, java.util.function.UnaryOperator<@Nullable String> text) {
		this.contactName = pseudonym;
		this.contactEmail = null;
		this.contactPhone = null;
		this.communicationNeeds = null;
		this.summary = String.valueOf(text.apply(this.summary));
		this.description = String.valueOf(text.apply(this.description));
		this.acknowledgement = text.apply(this.acknowledgement);
		this.apology = text.apply(this.apology);
		this.customerComment = text.apply(this.customerComment);
		this.remedyDescription = text.apply(this.remedyDescription);
		this.assurance = text.apply(this.assurance);
	}

	int getReferralCount() {
		return this.referralCount;
	}

	void dueNext(@Nullable Instant at) {
		this.nextDueAt = at;
	}

	void assignOwner(@Nullable String owner) {
		this.owner = owner;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("status", this.status.name());
		snapshot.put("owner", this.owner);
		snapshot.put("severity", this.severity.name());
		snapshot.put("category", this.category);
		snapshot.put("requestId", (this.requestId != null) ? this.requestId.toString() : null);
		snapshot.put("serviceId", (this.serviceId != null) ? this.serviceId.toString() : null);
		snapshot.put("responsiblePartyId",
				(this.responsiblePartyId != null) ? this.responsiblePartyId.toString() : null);
		snapshot.put("causeCategory", this.causeCategory);
		snapshot.put("remedy", (this.remedy != null) ? this.remedy.name() : null);
		snapshot.put("remedyValue", (this.remedyValue != null) ? this.remedyValue.toPlainString() : null);
		snapshot.put("approverContactId", (this.approverContactId != null) ? this.approverContactId.toString() : null);
		snapshot.put("customerResponse", this.customerResponse);
		snapshot.put("followUpOn", (this.followUpOn != null) ? this.followUpOn.toString() : null);
		snapshot.put("referOutDeadline", (this.referOutDeadline != null) ? this.referOutDeadline.toString() : null);
		return snapshot;
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
		return "CMP-" + this.referenceNumber;
	}

	long getReferenceNumber() {
		return this.referenceNumber;
	}

	UUID getPolicyId() {
		return this.policyId;
	}

	/**
	 * The complainant was a duplicate party merged into {@code survivor} (REC-1).
	 */
	void moveComplainant(UUID survivor) {
		this.complainantId = survivor;
	}

	UUID getComplainantId() {
		return this.complainantId;
	}

	boolean isComplainantInternal() {
		return this.complainantInternal;
	}

	boolean isComplainantPerson() {
		return this.complainantPerson;
	}

	@Nullable String getContactName() {
		return this.contactName;
	}

	@Nullable String getContactEmail() {
		return this.contactEmail;
	}

	@Nullable String getContactPhone() {
		return this.contactPhone;
	}

	@Nullable String getCommunicationNeeds() {
		return this.communicationNeeds;
	}

	@Nullable UUID getRequestId() {
		return this.requestId;
	}

	@Nullable UUID getServiceId() {
		return this.serviceId;
	}

	@Nullable UUID getResponsiblePartyId() {
		return this.responsiblePartyId;
	}

	String getCategory() {
		return this.category;
	}

	Severity getSeverity() {
		return this.severity;
	}

	CustomerWants getWants() {
		return this.wants;
	}

	@Nullable Remedy getWantedRemedy() {
		return this.wantedRemedy;
	}

	@Nullable LocalDate getGoodsDeliveredOn() {
		return this.goodsDeliveredOn;
	}

	String getSummary() {
		return this.summary;
	}

	String getDescription() {
		return this.description;
	}

	ComplaintChannel getChannel() {
		return this.channel;
	}

	String getRaisedBy() {
		return this.raisedBy;
	}

	@Nullable String getOwner() {
		return this.owner;
	}

	ComplaintStatus getStatus() {
		return this.status;
	}

	Instant getReceivedAt() {
		return this.receivedAt;
	}

	@Nullable Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	@Nullable String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	@Nullable String getAcknowledgement() {
		return this.acknowledgement;
	}

	@Nullable Instant getApologisedAt() {
		return this.apologisedAt;
	}

	@Nullable String getApologisedBy() {
		return this.apologisedBy;
	}

	@Nullable String getApology() {
		return this.apology;
	}

	@Nullable Instant getAnalysedAt() {
		return this.analysedAt;
	}

	@Nullable String getAnalysedBy() {
		return this.analysedBy;
	}

	@Nullable String getRootCause() {
		return this.rootCause;
	}

	@Nullable String getCauseCategory() {
		return this.causeCategory;
	}

	@Nullable String getEvidence() {
		return this.evidence;
	}

	@Nullable Instant getActedAt() {
		return this.actedAt;
	}

	@Nullable String getActedBy() {
		return this.actedBy;
	}

	@Nullable Remedy getRemedy() {
		return this.remedy;
	}

	@Nullable BigDecimal getRemedyValue() {
		return this.remedyValue;
	}

	@Nullable String getRemedyDescription() {
		return this.remedyDescription;
	}

	@Nullable String getActionsRaised() {
		return this.actionsRaised;
	}

	@Nullable UUID getApproverContactId() {
		return this.approverContactId;
	}

	@Nullable String getCustomerResponse() {
		return this.customerResponse;
	}

	@Nullable Instant getCustomerRespondedAt() {
		return this.customerRespondedAt;
	}

	@Nullable String getCustomerComment() {
		return this.customerComment;
	}

	@Nullable Instant getAssuredAt() {
		return this.assuredAt;
	}

	@Nullable String getAssuredBy() {
		return this.assuredBy;
	}

	@Nullable String getAssurance() {
		return this.assurance;
	}

	@Nullable LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	@Nullable Instant getFollowedUpAt() {
		return this.followedUpAt;
	}

	@Nullable Instant getReferredOutAt() {
		return this.referredOutAt;
	}

	@Nullable LocalDate getReferOutDeadline() {
		return this.referOutDeadline;
	}

	@Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	@Nullable Instant getNextDueAt() {
		return this.nextDueAt;
	}

}
