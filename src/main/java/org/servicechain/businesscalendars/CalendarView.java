package org.servicechain.businesscalendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored business calendar as the UI and the API see it.
 *
 * @param hours the usual hours of all seven days, Monday first, sorted; empty for a day
 * off
 * @param recurringHolidays holidays on the same date every year, by month and day
 * @param closures part of one date closed; each day's {@code hours} are the closed
 * stretches
 * @param weeklyWorkingTime the working time of an ordinary week (no holiday, special day
 * or clock change), ISO-8601, e.g. {@code PT37H30M}
 */
public record CalendarView(UUID id, long version, String name, @Nullable String description, String zone,
		Map<DayOfWeek, List<String>> hours, List<CalendarDay> holidays, List<CalendarDay> specialWorkingDays,
		List<RecurringDay> recurringHolidays, List<CalendarDay> closures, String weeklyWorkingTime, Instant createdAt) {

	/**
	 * @return the weekly working time for people, e.g. {@code 37 h 30 min}.
	 */
	public String weeklyHours() {
		Duration week = Duration.parse(this.weeklyWorkingTime);
		long hours = week.toHours();
		int minutes = week.toMinutesPart();
		return (minutes == 0) ? hours + " h" : hours + " h " + minutes + " min";
	}

	/**
	 * @return the holidays on or after the given date.
	 */
	public List<CalendarDay> holidaysFrom(LocalDate date) {
		return this.holidays.stream().filter((day) -> !day.date().isBefore(date)).toList();
	}

	/**
	 * @return the holidays before the given date.
	 */
	public List<CalendarDay> holidaysBefore(LocalDate date) {
		return this.holidays.stream().filter((day) -> day.date().isBefore(date)).toList();
	}

}
