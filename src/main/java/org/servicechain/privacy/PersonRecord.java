package org.servicechain.privacy;

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
 * The privacy and accessibility record of one person.
 */
@Entity
@Table(name = "privacy_person")
class PersonRecord extends AssignedIdEntity implements Auditable {

	@Id
	@Column(name = "subject_id")
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 10)
	private DataSubject.Kind kind;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(name = "lawful_basis", length = 30)
	private @Nullable LawfulBasis lawfulBasis;

	@Column(name = "basis_note", length = 1000)
	private @Nullable String basisNote;

	@Column(name = "consent_given_on")
	private @Nullable LocalDate consentGivenOn;

	@Column(name = "consent_source", length = 200)
	private @Nullable String consentSource;

	@Column(name = "consent_withdrawn_on")
	private @Nullable LocalDate consentWithdrawnOn;

	@Column(name = "communication_needs", length = 1000)
	private @Nullable String communicationNeeds;

	@Column(length = 1000)
	private @Nullable String adjustments;

	@Column(name = "contact_times", length = 200)
	private @Nullable String contactTimes;

	@Column(length = 40)
	private @Nullable String pseudonym;

	@Column(name = "erased_at")
	private @Nullable Instant erasedAt;

	protected PersonRecord() {
		this.id = UUID.randomUUID();
		this.kind = DataSubject.Kind.CONTACT;
	}

	PersonRecord(DataSubject subject) {
		this.id = subject.id();
		this.kind = subject.kind();
	}

	void apply(PersonDetails details) {
		this.lawfulBasis = details.lawfulBasis();
		this.basisNote = blankToNull(details.basisNote());
		this.consentGivenOn = details.consentGivenOn();
		this.consentSource = blankToNull(details.consentSource());
		this.consentWithdrawnOn = details.consentWithdrawnOn();
		this.communicationNeeds = blankToNull(details.communicationNeeds());
		this.adjustments = blankToNull(details.adjustments());
		this.contactTimes = blankToNull(details.contactTimes());
	}

	/**
	 * After erasure the notes about the person go too; the lawful basis and the consent
	 * dates stay, as the record of why the data was held.
	 */
	void erase(String pseudonym, Instant at) {
		this.pseudonym = pseudonym;
		this.erasedAt = at;
		this.basisNote = null;
		this.consentSource = null;
		this.communicationNeeds = null;
		this.adjustments = null;
		this.contactTimes = null;
	}

	PersonDetails details() {
		return new PersonDetails(this.lawfulBasis, this.basisNote, this.consentGivenOn, this.consentSource,
				this.consentWithdrawnOn, this.communicationNeeds, this.adjustments, this.contactTimes);
	}

	PersonView view() {
		return new PersonView(this.kind, this.id, this.version, details(), this.pseudonym, this.erasedAt,
				this.communicationNeeds != null || this.adjustments != null || this.contactTimes != null);
	}

	@Nullable String getPseudonym() {
		return this.pseudonym;
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
		snapshot.put("lawfulBasis", (this.lawfulBasis != null) ? this.lawfulBasis.name() : null);
		snapshot.put("basisNote", this.basisNote);
		snapshot.put("consentGivenOn", (this.consentGivenOn != null) ? this.consentGivenOn.toString() : null);
		snapshot.put("consentSource", this.consentSource);
		snapshot.put("consentWithdrawnOn",
				(this.consentWithdrawnOn != null) ? this.consentWithdrawnOn.toString() : null);
		snapshot.put("communicationNeeds", this.communicationNeeds);
		snapshot.put("adjustments", this.adjustments);
		snapshot.put("contactTimes", this.contactTimes);
		snapshot.put("pseudonym", this.pseudonym);
		return snapshot;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
