package org.servicechain.feedback;

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
 * Spontaneous feedback (FB-2): a comment, compliment or suggestion that came in by any
 * channel, captured by staff in a few seconds or left by a customer in the portal, linked
 * to the customer, the service and the party of the chain it is about, with the sentiment
 * its words read with.
 */
@Entity
@Table(name = "feedback_comment")
class FeedbackComment extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FeedbackKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FeedbackChannel channel;

	@Column(name = "customer_id")
	private @Nullable UUID customerId;

	@Column(name = "service_id")
	private @Nullable UUID serviceId;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(nullable = false)
	private double sentiment;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected FeedbackComment() {
		this.id = UUID.randomUUID();
		this.kind = FeedbackKind.COMMENT;
		this.channel = FeedbackChannel.PHONE;
		this.text = "";
		this.recordedBy = "";
		this.recordedAt = Instant.EPOCH;
	}

	FeedbackComment(NewFeedback details, double sentiment, String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.kind = details.kind();
		this.channel = details.channel();
		this.customerId = details.customerId();
		this.serviceId = details.serviceId();
		this.partyId = details.partyId();
		this.text = details.text().strip();
		this.sentiment = sentiment;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	FeedbackKind getKind() {
		return this.kind;
	}

	FeedbackChannel getChannel() {
		return this.channel;
	}

	@Nullable UUID getCustomerId() {
		return this.customerId;
	}

	@Nullable UUID getServiceId() {
		return this.serviceId;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	String getText() {
		return this.text;
	}

	double getSentiment() {
		return this.sentiment;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("kind", this.kind.name());
		snapshot.put("channel", this.channel.name());
		snapshot.put("customerId", (this.customerId != null) ? this.customerId.toString() : null);
		snapshot.put("serviceId", (this.serviceId != null) ? this.serviceId.toString() : null);
		snapshot.put("partyId", (this.partyId != null) ? this.partyId.toString() : null);
		return snapshot;
	}

}
