package org.servicechain.reviews;

import java.time.Instant;
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
 * A remark on a meeting's minutes by someone who took part, staff or the partner (PM-3:
 * partners contribute to the record of their own meetings). Never edited.
 */
@Entity
@Table(name = "review_meeting_comment")
class MeetingComment extends AssignedIdEntity implements Auditable {

	static final int MAX_LENGTH = 4000;

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "meeting_id")
	private UUID meetingId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "author_side")
	private String authorSide;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MeetingComment() {
		this.id = UUID.randomUUID();
		this.meetingId = this.id;
		this.authorName = "";
		this.authorSide = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	MeetingComment(UUID meetingId, String authorName, String authorSide, String body, Instant at) {
		this.id = UUID.randomUUID();
		this.meetingId = meetingId;
		this.authorName = authorName;
		this.authorSide = authorSide;
		this.body = body;
		this.createdAt = at;
	}

	MeetingView.Comment toView() {
		return new MeetingView.Comment(this.id, this.authorName, this.authorSide, this.body, this.createdAt);
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
		snapshot.put("Author", this.authorName + " (" + this.authorSide + ")");
		snapshot.put("Comment", this.body);
		return snapshot;
	}

}
