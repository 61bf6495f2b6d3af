package org.servicechain.workforce;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A person's working pattern (WF-1): the business calendar whose hours they work (stored
 * in the businesscalendars module, so the same hours, holidays and closures serve SLA
 * clocks and staffing), and their shrinkage: the share of those hours lost to breaks,
 * meetings and training, so capacity counts only productive hours.
 */
@Entity
@Table(name = "workforce_pattern")
class WorkPattern extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String username;

	@Column(name = "calendar_id", nullable = false)
	private UUID calendarId;

	@Column(name = "shrinkage_percent", nullable = false)
	private int shrinkagePercent;

	@Version
	private long version;

	protected WorkPattern() {
		this.id = UUID.randomUUID();
		this.username = "";
		this.calendarId = new UUID(0, 0);
	}

	WorkPattern(String username, UUID calendarId, int shrinkagePercent) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.calendarId = calendarId;
		this.shrinkagePercent = shrinkagePercent;
	}

	void change(UUID calendarId, int shrinkagePercent) {
		this.calendarId = calendarId;
		this.shrinkagePercent = shrinkagePercent;
	}

	String getUsername() {
		return this.username;
	}

	UUID getCalendarId() {
		return this.calendarId;
	}

	int getShrinkagePercent() {
		return this.shrinkagePercent;
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
		snapshot.put("username", this.username);
		snapshot.put("calendar", this.calendarId.toString());
		snapshot.put("shrinkagePercent", String.valueOf(this.shrinkagePercent));
		return snapshot;
	}

}
