package org.servicechain.reviews;

import java.time.Instant;
import java.time.LocalDate;
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
 * An action agreed in a meeting (PM-3): what, who owns it (a display name; for a partner
 * review, whether the partner's side owns it), by when. It belongs to the series and is
 * carried forward to every later meeting's agenda until it is done or dropped. The latest
 * update note says where it stands.
 */
@Entity
@Table(name = "review_meeting_action")
class MeetingAction extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "series_id")
	private UUID seriesId;

	@Column(name = "meeting_id")
	private UUID meetingId;

	private String description;

	@Column(name = "owner_name")
	private String ownerName;

	@Column(name = "partner_owned")
	private boolean partnerOwned;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private @Nullable String note;

	@Column(name = "updated_by_name")
	private @Nullable String updatedByName;

	@Column(name = "updated_at")
	private @Nullable Instant updatedAt;

	@Column(name = "done_on")
	private @Nullable LocalDate doneOn;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MeetingAction() {
		this.id = UUID.randomUUID();
		this.seriesId = this.id;
		this.meetingId = this.id;
		this.description = "";
		this.ownerName = "";
		this.dueOn = LocalDate.EPOCH;
		this.status = ActionStatus.OPEN;
		this.createdAt = Instant.EPOCH;
	}

	MeetingAction(Meeting meeting, String description, String ownerName, boolean partnerOwned, LocalDate dueOn,
			Instant at) {
		this.id = UUID.randomUUID();
		this.seriesId = meeting.getSeriesId();
		this.meetingId = meeting.getId();
		this.description = description;
		this.ownerName = ownerName;
		this.partnerOwned = partnerOwned;
		this.dueOn = dueOn;
		this.status = ActionStatus.OPEN;
		this.createdAt = at;
	}

	/**
	 * A new status and note from someone who may update the action.
	 */
	void update(ActionStatus status, @Nullable String note, String by, Instant at, LocalDate today) {
		if (status == ActionStatus.OPEN) {
			this.doneOn = null;
		}
		else if (this.status == ActionStatus.OPEN) {
			this.doneOn = today;
		}
		this.status = status;
		if (note != null) {
			this.note = note;
		}
		this.updatedByName = by;
		this.updatedAt = at;
	}

	UUID getSeriesId() {
		return this.seriesId;
	}

	UUID getMeetingId() {
		return this.meetingId;
	}

	boolean isPartnerOwned() {
		return this.partnerOwned;
	}

	ActionStatus getStatus() {
		return this.status;
	}

	String getDescription() {
		return this.description;
	}

	@Nullable String getNote() {
		return this.note;
	}

	@Nullable LocalDate getDoneOn() {
		return this.doneOn;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	ActionView toView(LocalDate raisedOn, LocalDate today) {
		return new ActionView(this.id, this.version, this.meetingId, raisedOn, this.description, this.ownerName,
				this.partnerOwned, this.dueOn, this.status, this.note, this.updatedByName, this.updatedAt, this.doneOn,
				this.status == ActionStatus.OPEN && this.dueOn.isBefore(today));
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
		snapshot.put("Description", this.description);
		snapshot.put("Owner", this.ownerName);
		snapshot.put("Due on", this.dueOn.toString());
		snapshot.put("Status", this.status.label());
		snapshot.put("Note", this.note);
		return snapshot;
	}

}
