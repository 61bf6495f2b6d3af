package org.servicechain.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A day on which the calendar's usual weekday hours do not apply (AGREE-5): either a
 * whole day off ({@code hours} empty, e.g. a bank holiday) or a part day whose
 * {@code hours} replace the weekday's hours (e.g. Christmas Eve 09:00-13:00).
 * <p>
 * Like every day's hours, a holiday's hours are the intervals that <em>start</em> on that
 * date: a night shift that starts the evening before still runs until its end.
 *
 * @param date the day, must not be {@literal null}.
 * @param name what the day is called, e.g. "Christmas Day", must not be blank.
 * @param hours the working hours that day, sorted; empty for a whole day off.
 */
public record Holiday(LocalDate date, String name, List<WorkingInterval> hours) {

	/**
	 * Validates the holiday and sorts its hours.
	 * @throws InvalidCalendarException if the name is blank or the hours overlap.
	 */
	public Holiday {
		Objects.requireNonNull(date, "date must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(hours, "hours must not be null");
		if (name.isBlank()) {
			throw new InvalidCalendarException("holidays[" + date + "].name", "must not be blank");
		}
		hours = DaySchedule.sortedWithoutOverlaps(hours, "holidays[" + date + "].hours");
	}

	/**
	 * A whole day off.
	 * @param date must not be {@literal null}.
	 * @param name must not be blank.
	 * @return will never be {@literal null}.
	 */
	public static Holiday wholeDay(LocalDate date, String name) {
		return new Holiday(date, name, List.of());
	}

	/**
	 * A part day whose hours replace the weekday's hours.
	 * @param date must not be {@literal null}.
	 * @param name must not be blank.
	 * @param hours at least one interval.
	 * @return will never be {@literal null}.
	 */
	public static Holiday partDay(LocalDate date, String name, WorkingInterval... hours) {
		if (hours.length == 0) {
			throw new InvalidCalendarException("holidays[" + date + "].hours",
					"must not be empty for a part day; use wholeDay for a day off");
		}
		return new Holiday(date, name, Arrays.asList(hours));
	}

	/**
	 * Whether the whole day is off.
	 * @return {@code true} if there are no working hours that day.
	 */
	public boolean isWholeDay() {
		return this.hours.isEmpty();
	}

}
