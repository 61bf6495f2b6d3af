package org.servicechain.businesscalendars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "raised at {@code start}, due when?" in one calendar.
 *
 * @param zone the calendar's zone, in which the local times are given
 * @param start the start as an instant (a local start has been read in the zone)
 * @param startLocal the start on the calendar's wall clock
 * @param duration the working time asked for (ISO-8601), or {@literal null}
 * @param days the working days asked for, or {@literal null}
 * @param due the due instant
 * @param dueLocal the due instant on the calendar's wall clock
 */
public record DueView(UUID calendarId, String zone, Instant start, LocalDateTime startLocal, @Nullable String duration,
		@Nullable Integer days, Instant due, LocalDateTime dueLocal) {

}
