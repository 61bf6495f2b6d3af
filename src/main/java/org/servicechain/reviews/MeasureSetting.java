package org.servicechain.reviews;

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

import org.servicechain.agreements.AgreementKind;
import org.servicechain.shared.Auditable;

/**
 * How one measure is weighed on the scorecards of parties that provide under one kind of
 * agreement; set by managers.
 */
@Entity
@Table(name = "review_measure_setting")
class MeasureSetting implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(name = "agreement_kind")
	private AgreementKind agreementKind;

	@Enumerated(EnumType.STRING)
	private ScorecardMeasure measure;

	private int weight;

	private double threshold;

	private boolean critical;

	protected MeasureSetting() {
		this.id = UUID.randomUUID();
		this.agreementKind = AgreementKind.OLA;
		this.measure = ScorecardMeasure.COMPLIANCE;
	}

	void change(int weight, double threshold, boolean critical) {
		this.weight = weight;
		this.threshold = threshold;
		this.critical = critical;
	}

	ScorecardPolicy.Setting toSetting() {
		return new ScorecardPolicy.Setting(this.measure, this.weight, this.threshold, this.critical);
	}

	SettingView toView() {
		return new SettingView(this.id, this.version, this.agreementKind, this.measure, this.weight, this.threshold,
				this.critical);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	AgreementKind getAgreementKind() {
		return this.agreementKind;
	}

	ScorecardMeasure getMeasure() {
		return this.measure;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("Kind of agreement", this.agreementKind.label());
		snapshot.put("Measure", this.measure.label());
		snapshot.put("Weight", String.valueOf(this.weight));
		snapshot.put("Threshold", String.valueOf(this.threshold));
		snapshot.put("Critical", this.critical ? "yes" : "no");
		return snapshot;
	}

}
