package org.servicechain.privacy;

import java.time.Duration;
import java.time.Instant;
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
 * A personal-data breach in the breach log every controller keeps (UK GDPR Art. 33(5)):
 * the facts, its effects, the remedial action, the risk assessment, and when it was
 * reported to the ICO (within 72 hours of becoming aware, or with the reasons for the
 * delay) and when the people were told.
 */
@Entity
@Table(name = "privacy_breach")
class DataBreach extends AssignedIdEntity implements Auditable {

	/**
	 * The time a controller has to report a breach to the ICO (Art. 33(1)).
	 */
	static final Duration REPORT_WITHIN = Duration.ofHours(72);

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "reference_number", nullable = false, unique = true)
	private long referenceNumber;

	@Column(name = "aware_at", nullable = false)
	private Instant awareAt;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(length = 1000)
	private @Nullable String categories;

	@Column(name = "approx_people")
	private @Nullable Integer approxPeople;

	@Column(name = "approx_records")
	private @Nullable Integer approxRecords;

	@Column(length = 4000)
	private @Nullable String consequences;

	@Column(length = 4000)
	private @Nullable String measures;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BreachRisk risk;

	@Column(name = "not_reportable_reason", length = 1000)
	private @Nullable String notReportableReason;

	@Column(name = "reported_at")
	private @Nullable Instant reportedAt;

	@Column(name = "delay_reason", length = 1000)
	private @Nullable String delayReason;

	@Column(name = "people_informed_at")
	private @Nullable Instant peopleInformedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BreachStatus status;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected DataBreach() {
		this.id = UUID.randomUUID();
		this.awareAt = Instant.EPOCH;
		this.description = "";
		this.risk = BreachRisk.NOT_ASSESSED;
		this.status = BreachStatus.OPEN;
		this.recordedBy = "";
		this.createdAt = Instant.EPOCH;
	}

	DataBreach(long referenceNumber, String recordedBy, Instant now) {
		this();
		this.id = UUID.randomUUID();
		this.referenceNumber = referenceNumber;
		this.recordedBy = recordedBy;
		this.createdAt = now;
	}

	/**
	 * Checks and applies what was recorded; every rule names the field it is about.
	 */
	void apply(BreachDetails details, Instant now) {
		if (details.awareAt() == null) {
			throw new InvalidInputException("awareAt", "required",
					"Say when the organisation became aware of the breach: the 72 hours count from then");
		}
		if (details.awareAt().isAfter(now)) {
			throw new InvalidInputException("awareAt", "not-future", "Becoming aware cannot lie in the future");
		}
		if (details.description() == null || details.description().isBlank()) {
			throw new InvalidInputException("description", "required", "Describe what happened");
		}
		requireLength("description", details.description(), 4000);
		requireLength("categories", details.categories(), 1000);
		requireLength("consequences", details.consequences(), 4000);
		requireLength("measures", details.measures(), 4000);
		requireLength("notReportableReason", details.notReportableReason(), 1000);
		requireLength("delayReason", details.delayReason(), 1000);
		if (details.approxPeople() != null && details.approxPeople() < 0) {
			throw new InvalidInputException("approxPeople", "min", "The number of people cannot be negative");
		}
		if (details.approxRecords() != null && details.approxRecords() < 0) {
			throw new InvalidInputException("approxRecords", "min", "The number of records cannot be negative");
		}
		BreachRisk risk = (details.risk() != null) ? details.risk() : BreachRisk.NOT_ASSESSED;
		if (risk == BreachRisk.UNLIKELY && isBlank(details.notReportableReason())) {
			throw new InvalidInputException("notReportableReason", "required",
					"Say why the breach is unlikely to result in a risk to people: the ICO may ask (Art. 33(5))");
		}
		Instant deadline = details.awareAt().plus(REPORT_WITHIN);
		if (details.reportedAt() != null) {
			if (details.reportedAt().isBefore(details.awareAt())) {
				throw new InvalidInputException("reportedAt", "after-aware",
						"The report cannot come before the organisation became aware");
			}
			if (details.reportedAt().isAfter(now)) {
				throw new InvalidInputException("reportedAt", "not-future", "The report cannot lie in the future");
			}
			if (details.reportedAt().isAfter(deadline) && isBlank(details.delayReason())) {
				throw new InvalidInputException("delayReason", "required-after-72-hours",
						"Reported more than 72 hours after becoming aware: give the reasons for the delay"
								+ " (Art. 33(1))");
			}
		}
		if (details.peopleInformedAt() != null) {
			if (details.peopleInformedAt().isBefore(details.awareAt())) {
				throw new InvalidInputException("peopleInformedAt", "after-aware",
						"The people cannot be told before the organisation became aware");
			}
			if (details.peopleInformedAt().isAfter(now)) {
				throw new InvalidInputException("peopleInformedAt", "not-future",
						"Telling the people cannot lie in the future");
			}
		}
		if (Boolean.TRUE.equals(details.closed())) {
			if (details.reportedAt() == null && risk != BreachRisk.UNLIKELY) {
				throw new InvalidInputException("closed", "reported-or-not-reportable",
						"Report the breach to the ICO, or assess it as unlikely to result in a risk, before closing it");
			}
			if (risk == BreachRisk.HIGH_RISK && details.peopleInformedAt() == null) {
				throw new InvalidInputException("peopleInformedAt", "required-high-risk",
						"A high-risk breach is closed only once the people concerned were told (Art. 34)");
			}
		}
		this.awareAt = details.awareAt();
		this.description = details.description().strip();
		this.categories = blankToNull(details.categories());
		this.approxPeople = details.approxPeople();
		this.approxRecords = details.approxRecords();
		this.consequences = blankToNull(details.consequences());
		this.measures = blankToNull(details.measures());
		this.risk = risk;
		this.notReportableReason = blankToNull(details.notReportableReason());
		this.reportedAt = details.reportedAt();
		this.delayReason = blankToNull(details.delayReason());
		this.peopleInformedAt = details.peopleInformedAt();
		this.closedAt = Boolean.TRUE.equals(details.closed()) ? ((this.closedAt != null) ? this.closedAt : now) : null;
		this.status = (this.closedAt != null) ? BreachStatus.CLOSED : (this.reportedAt != null) ? BreachStatus.REPORTED
				: (risk == BreachRisk.UNLIKELY) ? BreachStatus.NOT_REPORTABLE : BreachStatus.OPEN;
	}

	BreachDetails details() {
		return new BreachDetails(this.awareAt, this.description, this.categories, this.approxPeople, this.approxRecords,
				this.consequences, this.measures, this.risk, this.notReportableReason, this.reportedAt,
				this.delayReason, this.peopleInformedAt, this.closedAt != null);
	}

	DataBreachView view(Instant now) {
		Instant deadline = this.awareAt.plus(REPORT_WITHIN);
		long hoursLeft = Math.floorDiv(Duration.between(now, deadline).toMinutes(), 60);
		return new DataBreachView(this.id, this.version, reference(), this.status, details(), deadline, hoursLeft,
				this.status == BreachStatus.OPEN && now.isAfter(deadline),
				this.reportedAt != null && this.reportedAt.isAfter(deadline),
				this.risk == BreachRisk.HIGH_RISK && this.peopleInformedAt == null, this.recordedBy, this.createdAt);
	}

	String reference() {
		return "BR-" + this.referenceNumber;
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
		snapshot.put("awareAt", this.awareAt.toString());
		snapshot.put("description", this.description);
		snapshot.put("categories", this.categories);
		snapshot.put("approxPeople", (this.approxPeople != null) ? this.approxPeople.toString() : null);
		snapshot.put("approxRecords", (this.approxRecords != null) ? this.approxRecords.toString() : null);
		snapshot.put("consequences", this.consequences);
		snapshot.put("measures", this.measures);
		snapshot.put("risk", this.risk.name());
		snapshot.put("notReportableReason", this.notReportableReason);
		snapshot.put("reportedAt", (this.reportedAt != null) ? this.reportedAt.toString() : null);
		snapshot.put("delayReason", this.delayReason);
		snapshot.put("peopleInformedAt", (this.peopleInformedAt != null) ? this.peopleInformedAt.toString() : null);
		snapshot.put("status", this.status.name());
		return snapshot;
	}

	private static void requireLength(String field, @Nullable String text, int max) {
		if (text != null && text.length() > max) {
			throw new InvalidInputException(field, "max-length", "Keep it to " + max + " characters");
		}
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return isBlank(text) ? null : text.strip();
	}

}
