package org.servicechain.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agreed action as shown: owner by display name only, the meeting it was raised in,
 * its latest note, and whether it is overdue today.
 */
public record ActionView(UUID id, long version, UUID meetingId, LocalDate raisedOn, String description,
		String ownerName, boolean partnerOwned, LocalDate dueOn, ActionStatus status, @Nullable String note,
		@Nullable String updatedBy, @Nullable Instant updatedAt, @Nullable LocalDate doneOn, boolean overdue) {

	public boolean open() {
		return this.status == ActionStatus.OPEN;
	}

}
