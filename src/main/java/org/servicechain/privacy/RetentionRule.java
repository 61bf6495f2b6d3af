package org.servicechain.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.servicechain.shared.Auditable;

/**
 * How many months a kind of record keeps personal data after it ended.
 */
@Entity
@Table(name = "privacy_retention_rule")
class RetentionRule implements Auditable {

	@Id
	@Column(name = "record_kind", length = 40)
	private String kind;

	@Column(nullable = false)
	private int months;

	@Column(nullable = false)
	private boolean enabled;

	@Version
	private long version;

	@Transient
	private boolean fresh;

	protected RetentionRule() {
		this.kind = "";
	}

	RetentionRule(String kind, int months) {
		this.kind = kind;
		this.months = months;
		this.enabled = true;
		this.fresh = true;
	}

	void change(int months, boolean enabled) {
		this.months = months;
		this.enabled = enabled;
	}

	String getKind() {
		return this.kind;
	}

	int getMonths() {
		return this.months;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isFresh() {
		return this.fresh;
	}

	RetentionView view() {
		return new RetentionView(this.kind, this.months, this.enabled, this.version);
	}

	@Override
	public UUID getId() {
		return UUID.nameUUIDFromBytes(("retention:" + this.kind).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("kind", this.kind);
		snapshot.put("months", Integer.toString(this.months));
		snapshot.put("enabled", Boolean.toString(this.enabled));
		return snapshot;
	}

}
