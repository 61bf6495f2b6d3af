package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting series as listed: whose it is by name, its cadence, when it last met and when
 * the next meeting is due, and how many actions are still open.
 */
public record SeriesView(UUID id, long version, MeetingKind kind, String title, Cadence cadence, @Nullable UUID partyId,
		@Nullable String partyName, @Nullable String personName, @Nullable String managerName,
		@Nullable LocalDate lastHeldOn, LocalDate nextDueOn, long openActions, @Nullable LocalDate closedOn,
		@Nullable String closedBy) {

	public boolean closed() {
		return this.closedOn != null;
	}

}
