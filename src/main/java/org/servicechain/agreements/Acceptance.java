package org.servicechain.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One side's acceptance of one version of the terms, by a contact who holds the authority
 * to sign for that side's party (AGREE-3, CHAIN-4): who, when, and who recorded it.
 */
@Entity
@Table(name = "agreement_acceptance")
class Acceptance {

	@Id
	private UUID id;

	@Column(name = "terms_number", nullable = false)
	private int termsNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Side side;

	@Column(name = "contact_id", nullable = false)
	private UUID contactId;

	@Column(name = "contact_name", nullable = false, length = 120)
	private String contactName;

	@Column(name = "accepted_at", nullable = false)
	private Instant acceptedAt;

	@Column(name = "recorded_by", nullable = false, length = 60)
	private String recordedBy;

	protected Acceptance() {
		this.id = UUID.randomUUID();
		this.side = Side.PROVIDER;
		this.contactId = this.id;
		this.contactName = "";
		this.acceptedAt = Instant.EPOCH;
		this.recordedBy = "";
	}

	Acceptance(int termsNumber, Side side, UUID contactId, String contactName, Instant acceptedAt, String recordedBy) {
		this.id = UUID.randomUUID();
		this.termsNumber = termsNumber;
		this.side = side;
		this.contactId = contactId;
		this.contactName = contactName;
		this.acceptedAt = acceptedAt;
		this.recordedBy = recordedBy;
	}

	int getTermsNumber() {
		return this.termsNumber;
	}

	Side getSide() {
		return this.side;
	}

	AgreementView.AcceptanceView toView() {
		return new AgreementView.AcceptanceView(this.termsNumber, this.side, this.contactId, this.contactName,
				this.acceptedAt, this.recordedBy);
	}

}
