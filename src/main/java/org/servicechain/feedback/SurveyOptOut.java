package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.servicechain.shared.AssignedIdEntity;

/**
 * A customer who asked not to be surveyed again (FB-1): honoured by every survey rule.
 */
@Entity
@Table(name = "survey_opt_out")
class SurveyOptOut extends AssignedIdEntity {

	@Id
	@Column(name = "customer_id")
	private UUID customerId;

	@Column(name = "opted_out_at", nullable = false)
	private Instant optedOutAt;

	protected SurveyOptOut() {
		this.customerId = UUID.randomUUID();
		this.optedOutAt = Instant.EPOCH;
	}

	SurveyOptOut(UUID customerId, Instant optedOutAt) {
		this.customerId = customerId;
		this.optedOutAt = optedOutAt;
	}

	@Override
	public UUID getId() {
		return this.customerId;
	}

	UUID getCustomerId() {
		return this.customerId;
	}

}
