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

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A chart a user pinned to their dashboard (REP-1): which report and its filters, never
 * its figures, which are counted afresh each time the dashboard is shown.
 */
@Entity
@Table(name = "report_pin")
class ReportPin extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	private String username;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private String filters;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ReportPin() {
		this.id = UUID.randomUUID();
		this.username = "";
		this.kind = ReportKind.BACKLOG_AGE;
		this.filters = "";
		this.createdAt = Instant.EPOCH;
	}

	ReportPin(String username, ReportKind kind, String filters, Instant at) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.kind = kind;
		this.filters = filters;
		this.createdAt = at;
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

	PinView toView() {
		return new PinView(this.id, this.version, this.kind, this.filters, this.createdAt);
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
		return snapshot;
	}

}
