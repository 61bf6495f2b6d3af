package org.servicechain.businesscalendars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The answer to "when is the calendar next at work?" (issue 8): {@code from} itself if it
 * is working time, otherwise the next opening.
 *
 * @param zone the calendar's zone, in which the local times are given
 * @param from the instant asked about, to the whole second
 * @param fromLocal the same on the calendar's wall clock
 * @param working whether {@code from} itself is working time
 * @param next the next working instant
 * @param nextLocal the same on the calendar's wall clock
 */
public record NextWorkingInstantView(UUID calendarId, String zone, Instant from, LocalDateTime fromLocal,
		boolean working, Instant next, LocalDateTime nextLocal) {

}
