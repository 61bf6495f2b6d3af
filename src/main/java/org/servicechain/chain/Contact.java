package org.servicechain.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import org.servicechain.search.TextMatch;
import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A person at a party whom we deal with: their role, how they like to be reached and
 * addressed, when they are available (CHAIN-5), and the authority they hold: approving
 * spend, setting priorities, signing agreements, the escalation level they handle, whom
 * they formally report to and whom they informally influence (CHAIN-4; B9 2.2, 3.6; NOS
 * PC9, K9).
 *
 * <p>
 * Invariants: a contact reports to someone at the same party, never (through others) to
 * themselves; spend limits only go with the right to approve spend.
 */
@Entity
@Table(name = "contact")
@Indexed(index = "contact_v2")
class Contact extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "party_id", nullable = false)
	private UUID partyId;

	@Column(nullable = false, length = 120)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String name;

	@Column(name = "job_role", length = 120)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private @Nullable String jobRole;

	@Column(length = 200)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private @Nullable String email;

	@Column(length = 40)
	@KeywordField
	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_channel", length = 20)
	private @Nullable Channel preferredChannel;

	@Column(name = "communication_style", length = 500)
	private @Nullable String communicationStyle;

	@Column(length = 500)
	private @Nullable String availability;

	@Column(name = "can_approve_spend", nullable = false)
	private boolean canApproveSpend;

	@Column(name = "spend_limit", precision = 15, scale = 2)
	private @Nullable BigDecimal spendLimit;

	@Column(name = "can_set_priorities", nullable = false)
	private boolean canSetPriorities;

	@Column(name = "can_sign_agreements", nullable = false)
	private boolean canSignAgreements;

	@Column(name = "escalation_level")
	private @Nullable Integer escalationLevel;

	@Column(name = "reports_to_contact_id")
	private @Nullable UUID reportsToId;

	@Column(name = "review_reason", length = 300)
	private @Nullable String reviewReason;

	/** The address in lower case, so mail is matched to its sender whatever the case. */
	@Column(name = "postal_address", length = 300)
	private @Nullable String postalAddress;

	@Column(length = 12)
	@KeywordField
	private @Nullable String postcode;

	@Column(name = "email_key", length = 200)
	private @Nullable String emailKey;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "contact_influence", joinColumns = @JoinColumn(name = "contact_id"))
	@OrderColumn(name = "position")
	private List<Influence> influences = new ArrayList<>();

	protected Contact() {
		this.id = UUID.randomUUID();
		this.partyId = this.id;
		this.name = "";
	}

	Contact(UUID partyId, ContactDetails details) {
		this.id = UUID.randomUUID();
		this.partyId = partyId;
		this.name = "";
		apply(details);
	}

	void apply(ContactDetails details) {
		this.name = details.name().strip();
		this.jobRole = details.jobRole();
		this.email = details.email();
		this.emailKey = emailKey(details.email());
		this.phone = details.phone();
		this.postalAddress = details.postalAddress();
		this.postcode = details.postcode();
		this.preferredChannel = details.preferredChannel();
		this.communicationStyle = details.communicationStyle();
		this.availability = details.availability();
		this.canApproveSpend = details.canApproveSpend();
		this.spendLimit = details.spendLimit();
		this.canSetPriorities = details.canSetPriorities();
		this.canSignAgreements = details.canSignAgreements();
		this.escalationLevel = details.escalationLevel();
		this.reportsToId = details.reportsToId();
		this.influences = new ArrayList<>(details.influences());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	/** Moves the contact to the party its own party was merged into. */
	void moveTo(UUID survivor) {
		this.partyId = survivor;
	}

	@Nullable String getEmailKey() {
		return this.emailKey;
	}

	@Nullable String getPhone() {
		return this.phone;
	}

	UUID getPartyId() {
		return this.partyId;
	}

	String getName() {
		return this.name;
	}

	@Nullable UUID getReportsToId() {
		return this.reportsToId;
	}

	List<Influence> getInfluences() {
		return this.influences;
	}

	static @Nullable String emailKey(@Nullable String email) {
		return (email != null) ? email.strip().toLowerCase(java.util.Locale.ROOT) : null;
	}

	/**
	 * Flags the contact for someone to review, saying why (it was made from a mail by an
	 * unknown sender).
	 */
	void flagForReview(String reason) {
		this.reviewReason = reason;
	}

	/**
	 * A person edited the contact: it has been looked at.
	 */
	void reviewed() {
		this.reviewReason = null;
	}

	boolean holdsAuthority() {
		return this.canApproveSpend || this.canSetPriorities || this.canSignAgreements || this.escalationLevel != null;
	}

	/**
	 * Erasure (UK GDPR Art. 17): the name becomes the pseudonym; email, phone, postal
	 * address and the notes on how to deal with the person go. The role, authority and
	 * place in the escalation path stay, as the history of who decided what.
	 */
	void pseudonymise(String pseudonym) {
		this.name = pseudonym;
		this.email = null;
		this.emailKey = null;
		this.phone = null;
		this.postalAddress = null;
		this.postcode = null;
		this.communicationStyle = null;
		this.availability = null;
	}

	List<String> identifiers() {
		List<String> identifiers = new ArrayList<>();
		identifiers.add(this.name);
		if (this.email != null) {
			identifiers.add(this.email);
		}
		if (this.phone != null) {
			identifiers.add(this.phone);
		}
		if (this.postcode != null) {
			identifiers.add(this.postcode);
		}
		return identifiers;
	}

	ContactView toView(String partyName, @Nullable String reportsToName, Map<UUID, String> contactNames) {
		return new ContactView(this.id, this.version, this.partyId, partyName, this.name, this.jobRole, this.email,
				this.phone, this.preferredChannel, this.communicationStyle, this.availability, this.canApproveSpend,
				this.spendLimit, this.canSetPriorities, this.canSignAgreements, this.escalationLevel, this.reportsToId,
				reportsToName,
				this.influences.stream()
					.map((influence) -> new ContactView.InfluenceView(influence.contactId(),
							contactNames.getOrDefault(influence.contactId(), "(removed contact)"), influence.note()))
					.toList(),
				this.reviewReason, this.postalAddress, this.postcode);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("jobRole", this.jobRole);
		snapshot.put("email", this.email);
		snapshot.put("phone", this.phone);
		snapshot.put("postalAddress", this.postalAddress);
		snapshot.put("postcode", this.postcode);
		snapshot.put("preferredChannel", this.preferredChannel != null ? this.preferredChannel.name() : null);
		snapshot.put("communicationStyle", this.communicationStyle);
		snapshot.put("availability", this.availability);
		snapshot.put("canApproveSpend", String.valueOf(this.canApproveSpend));
		snapshot.put("spendLimit", this.spendLimit != null ? this.spendLimit.toPlainString() : null);
		snapshot.put("canSetPriorities", String.valueOf(this.canSetPriorities));
		snapshot.put("canSignAgreements", String.valueOf(this.canSignAgreements));
		snapshot.put("escalationLevel", this.escalationLevel != null ? this.escalationLevel.toString() : null);
		snapshot.put("reportsTo", this.reportsToId != null ? this.reportsToId.toString() : null);
		snapshot.put("reviewReason", this.reviewReason);
		snapshot.put("influences", this.influences.isEmpty() ? null
				: String.join(", ", this.influences.stream().map((i) -> i.contactId().toString()).toList()));
		return snapshot;
	}

}
