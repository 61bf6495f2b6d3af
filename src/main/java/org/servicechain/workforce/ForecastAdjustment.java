package org.servicechain.workforce;

import java.time.LocalDate;
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
 * A manager's adjustment of one service's forecast for one week, with the reason (a
 * product launch: +10 %).
 */
@Entity
@Table(name = "workforce_forecast_adjustment")
class ForecastAdjustment extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Column(name = "service_id", nullable = false)
	private UUID serviceId;

	@Column(name = "week_start", nullable = false)
	private LocalDate weekStart;

	@Column(nullable = false)
	private int percent;

	@Column(nullable = false, length = 500)
	private String reason;

	@Version
	private long version;

	protected ForecastAdjustment() {
		this.id = UUID.randomUUID();
		this.serviceId = new UUID(0, 0);
		this.weekStart = LocalDate.EPOCH;
		this.reason = "";
	}

	ForecastAdjustment(UUID serviceId, LocalDate weekStart, int percent, String reason) {
		this.id = UUID.randomUUID();
		this.serviceId = serviceId;
		this.weekStart = weekStart;
		this.percent = percent;
		this.reason = reason;
	}

	void change(int percent, String reason) {
		this.percent = percent;
		this.reason = reason;
	}

	UUID getServiceId() {
		return this.serviceId;
	}

	LocalDate getWeekStart() {
		return this.weekStart;
	}

	int getPercent() {
		return this.percent;
	}

	String getReason() {
		return this.reason;
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
		snapshot.put("service", this.serviceId.toString());
		snapshot.put("weekStart", this.weekStart.toString());
		snapshot.put("percent", String.valueOf(this.percent));
		snapshot.put("reason", this.reason);
		return snapshot;
	}

}
