package org.servicechain.notices;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A request an affected party raised while a notice ran: probably about what the notice
 * announced, so the desk sees the two together.
 */
@Entity
@Table(name = "service_notice_request")
class LinkedRequest {

	@EmbeddedId
	private Key key;

	@Column(nullable = false, length = 40)
	private String reference;

	@Column(name = "requester_id", nullable = false)
	private UUID requesterId;

	@Column(nullable = false, length = 300)
	private String summary;

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	protected LinkedRequest() {
		this.key = new Key();
		this.reference = "";
		this.requesterId = new UUID(0, 0);
		this.summary = "";
		this.raisedAt = Instant.EPOCH;
	}

	LinkedRequest(UUID noticeId, UUID requestId, String reference, UUID requesterId, String summary, Instant raisedAt) {
		this.key = new Key(noticeId, requestId);
		this.reference = reference;
		this.requesterId = requesterId;
		this.summary = (summary.length() > 300) ? summary.substring(0, 299) + "…" : summary;
		this.raisedAt = raisedAt;
	}

	/**
	 * The requester, a customer party, was merged into another (REC-1), and so was the
	 * request.
	 */
	void moveRequester(UUID into) {
		this.requesterId = into;
	}

	UUID noticeId() {
		return this.key.noticeId;
	}

	UUID requesterId() {
		return this.requesterId;
	}

	ServiceNoticeView.LinkedRequestView toView() {
		return new ServiceNoticeView.LinkedRequestView(this.key.requestId, this.reference, this.requesterId,
				this.summary, this.raisedAt);
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "notice_id", nullable = false)
		UUID noticeId;

		@Column(name = "request_id", nullable = false)
		UUID requestId;

		protected Key() {
			this.noticeId = new UUID(0, 0);
			this.requestId = new UUID(0, 0);
		}

		Key(UUID noticeId, UUID requestId) {
			this.noticeId = noticeId;
			this.requestId = requestId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.noticeId.equals(this.noticeId)
					&& key.requestId.equals(this.requestId);
		}

		@Override
		public int hashCode() {
			return this.noticeId.hashCode() * 31 + this.requestId.hashCode();
		}

	}

}
