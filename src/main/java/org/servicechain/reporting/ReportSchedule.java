package org.servicechain.reporting;

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

/**
 * A report a user asked to be mailed to them weekly or monthly (REP-2). It runs as its
 * owner, so it holds what they may see on the day it runs, never more.
 */
@Entity
@Table(name = "report_schedule")
class ReportSchedule extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	private String username;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private String filters;

	@Enumerated(EnumType.STRING)
	private ReportFrequency frequency;

	@Column(name = "next_run_at")
	private Instant nextRunAt;

	@Column(name = "last_run_at")
	private @Nullable Instant lastRunAt;

	@Column(name = "last_outcome")
	private @Nullable String lastOutcome;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ReportSchedule() {
		this.id = UUID.randomUUID();
		this.username = "";
		this.kind = ReportKind.BACKLOG_AGE;
		this.filters = "";
		this.frequency = ReportFrequency.WEEKLY;
		this.nextRunAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	ReportSchedule(String username, ReportKind kind, String filters, ReportFrequency frequency, Instant at) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.kind = kind;
		this.filters = filters;
		this.frequency = frequency;
		this.nextRunAt = frequency.nextAfter(at);
		this.createdAt = at;
	}

	/**
	 * Records a mailing and moves on to the next one.
	 */
	void ran(Instant at, String outcome) {
		this.lastRunAt = at;
		this.lastOutcome = (outcome.length() > 300) ? outcome.substring(0, 300) : outcome;
		this.nextRunAt = this.frequency.nextAfter(at.isAfter(this.nextRunAt) ? at : this.nextRunAt);
	}

	String getUsername() {
		return this.username;
	}

	ReportKind getKind() {
		return this.kind;
	}

	String getFilters() {
		return this.filters;
	}

	ReportFrequency getFrequency() {
		return this.frequency;
	}

	Instant getNextRunAt() {
		return this.nextRunAt;
	}

	ScheduleView toView() {
		return new ScheduleView(this.id, this.version, this.kind, this.filters, this.frequency, this.nextRunAt,
				this.lastRunAt, this.lastOutcome);
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
		snapshot.put("Report", this.kind.title());
		snapshot.put("Filters", this.filters);
		snapshot.put("Frequency", this.frequency.label());
		snapshot.put("Next mailing", this.nextRunAt.toString());
		snapshot.put("Last outcome", this.lastOutcome);
		return snapshot;
	}

}
