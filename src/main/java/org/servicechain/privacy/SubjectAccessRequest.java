package org.servicechain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.servicechain.shared.InvalidInputException;

/**
 * A subject access request (UK GDPR Art. 15) as tracked work: who asked, when and how it
 * arrived, whose identity was checked by whom, its status and its due date (Art. 12(3),
 * {@link SubjectAccessDeadline}). Completing it keeps the export that was given, so the
 * JSON and the PDF handed out are always the same content.
 */
@Entity
@Table(name = "privacy_sar")
class SubjectAccessRequest extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "reference_number", nullable = false, unique = true)
	private long referenceNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 10)
	private DataSubject.Kind subjectKind;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "received_via", nullable = false, length = 20)
	private ReceivedVia receivedVia;

	@Column(length = 1000)
	private @Nullable String note;

	@Column(nullable = false, length = 100)
	private String handler;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SubjectAccessStatus status;

	@Column(name = "identity_verified_by", length = 100)
	private @Nullable String identityVerifiedBy;

	@Column(name = "identity_verified_at")
	private @Nullable Instant identityVerifiedAt;

	@Column(name = "extension_months", nullable = false)
	private int extensionMonths;

	@Column(name = "extension_reason", length = 1000)
	private @Nullable String extensionReason;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "refusal_reason", length = 1000)
	private @Nullable String refusalReason;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@Column(name = "export_json")
	private byte @Nullable [] exportJson;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SubjectAccessRequest() {
		this.id = UUID.randomUUID();
		this.subjectKind = DataSubject.Kind.CONTACT;
		this.subjectId = this.id;
		this.receivedOn = LocalDate.EPOCH;
		this.receivedVia = ReceivedVia.OTHER;
		this.handler = "";
		this.status = SubjectAccessStatus.RECEIVED;
		this.dueOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	SubjectAccessRequest(long referenceNumber, DataSubject subject, LocalDate receivedOn, ReceivedVia receivedVia,
			@Nullable String note, String handler, Instant now) {
		this.id = UUID.randomUUID();
		this.referenceNumber = referenceNumber;
		this.subjectKind = subject.kind();
		this.subjectId = subject.id();
		this.receivedOn = receivedOn;
		this.receivedVia = receivedVia;
		this.note = blankToNull(note);
		this.handler = handler;
		this.status = SubjectAccessStatus.RECEIVED;
		this.dueOn = SubjectAccessDeadline.dueOn(receivedOn, 0);
		this.createdAt = now;
	}

	void requireCanMoveTo(SubjectAccessStatus to) {
		if (!this.status.next().contains(to)) {
			throw new InvalidInputException("to", "allowed-transition",
					"A request " + this.status.label().toLowerCase(java.util.Locale.ROOT) + " can go on to "
							+ (this.status.next().isEmpty() ? "nothing: it is finished" : this.status.next()));
		}
	}

	void moveTo(SubjectAccessStatus to, @Nullable String reason, String actor, Instant now) {
		requireCanMoveTo(to);
		switch (to) {
			case IDENTITY_VERIFIED -> {
				this.identityVerifiedBy = actor;
				this.identityVerifiedAt = now;
			}
			case REFUSED -> {
				if (reason == null || reason.isBlank()) {
					throw new InvalidInputException("reason", "required",
							"Say why the request is refused (e.g. manifestly unfounded or excessive, Art. 12(5)),"
									+ " and tell the person of their right to complain to the ICO");
				}
				this.refusalReason = reason.strip();
				this.completedAt = now;
			}
			case COMPLETED -> this.completedAt = now;
			default -> {
			}
		}
		this.status = to;
	}

	void complete(byte[] export, Instant now) {
		moveTo(SubjectAccessStatus.COMPLETED, null, "", now);
		this.exportJson = export;
	}

	void extend(int months, @Nullable String reason) {
		if (!this.status.isOpen()) {
			throw new InvalidInputException("status", "open", "Only an open request can be extended");
		}
		if (months < 1 || months > SubjectAccessDeadline.MAX_EXTENSION_MONTHS) {
			throw new InvalidInputException("months", "range",
					"An answer may be extended by 1 or 2 further months (Art. 12(3))");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "required",
					"Say why more time is needed (the request is complex, or one of many); the person must be told"
							+ " within the first month");
		}
		this.extensionMonths = months;
		this.extensionReason = reason.strip();
		this.dueOn = SubjectAccessDeadline.dueOn(this.receivedOn, months);
	}

	void handOver(String handler) {
		this.handler = handler;
	}

	SubjectAccessRequestView view(LocalDate today) {
		boolean open = this.status.isOpen();
		long daysLeft = ChronoUnit.DAYS.between(today, this.dueOn);
		boolean late = this.completedAt != null
				&& this.completedAt.atZone(PrivacyTimes.ZONE).toLocalDate().isAfter(this.dueOn);
		return new SubjectAccessRequestView(this.id, this.version, reference(), this.subjectKind, this.subjectId,
				this.receivedOn, this.receivedVia, this.note, this.handler, this.status, this.identityVerifiedBy,
				this.identityVerifiedAt, this.extensionMonths, this.extensionReason, this.dueOn, daysLeft,
				open && daysLeft < 0, open && daysLeft >= 0 && daysLeft <= SubjectAccessDeadline.DUE_SOON_DAYS,
				this.refusalReason, this.completedAt, late, this.status.next(), this.exportJson != null,
				this.createdAt);
	}

	String reference() {
		return "SAR-" + this.referenceNumber;
	}

	DataSubject subject() {
		return new DataSubject(this.subjectKind, this.subjectId);
	}

	SubjectAccessStatus getStatus() {
		return this.status;
	}

	byte @Nullable [] getExportJson() {
		return this.exportJson;
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
		snapshot.put("reference", reference());
		snapshot.put("subject", this.subjectKind.path() + " " + this.subjectId);
		snapshot.put("receivedOn", this.receivedOn.toString());
		snapshot.put("receivedVia", this.receivedVia.name());
		snapshot.put("note", this.note);
		snapshot.put("handler", this.handler);
		snapshot.put("status", this.status.name());
		snapshot.put("identityVerifiedBy", this.identityVerifiedBy);
		snapshot.put("extensionMonths", Integer.toString(this.extensionMonths));
		snapshot.put("extensionReason", this.extensionReason);
		snapshot.put("dueOn", this.dueOn.toString());
		snapshot.put("refusalReason", this.refusalReason);
		snapshot.put("completedAt", (this.completedAt != null) ? this.completedAt.toString() : null);
		return snapshot;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
