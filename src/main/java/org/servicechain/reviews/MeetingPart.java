package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff's part in the meetings (for their competence portfolio): a held 1:1
 * they were the person or the manager of, or an action agreed in a meeting that they own.
 *
 * @param id the meeting's id, or the action's
 * @param action whether this is an action rather than a meeting
 * @param kind the kind of the meeting (series)
 * @param partyId the partner party of a review
 * @param text the minutes of a 1:1, or the action's description
 * @param actionStatus the action's status; {@code null} for a meeting
 */
public record MeetingPart(UUID id, boolean action, MeetingKind kind, String seriesTitle, @Nullable UUID partyId,
		@Nullable String partyName, LocalDate on, String text, @Nullable ActionStatus actionStatus) {

}
