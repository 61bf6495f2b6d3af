package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a list of meetings.
 */
public record MeetingSummary(UUID id, long version, UUID seriesId, String seriesTitle, MeetingKind kind,
		@Nullable UUID partyId, @Nullable String partyName, @Nullable String personName, LocalDate heldOn,
		MeetingStatus status) {

}
