package org.servicechain.businesscalendars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The working time of one calendar between two instants, {@code from} included and
 * {@code to} excluded; negative when {@code to} is before {@code from}.
 *
 * @param zone the calendar's zone, in which the local times are given
 * @param seconds the working time in seconds
 * @param duration the same as an ISO-8601 duration, e.g. {@code PT7H30M}
 */
public record WorkingTimeView(UUID calendarId, String zone, Instant from, LocalDateTime fromLocal, Instant to,
		LocalDateTime toLocal, long seconds, String duration) {

}
