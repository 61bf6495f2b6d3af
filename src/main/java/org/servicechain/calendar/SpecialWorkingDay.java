package org.servicechain.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A day worked with its own hours instead of its weekday's (AGREE-5), e.g. a Saturday
 * worked 09:00-13:00 before a release, or a Monday with extended hours.
 *
 * @param date the day, must not be {@literal null}.
 * @param name why the day is special, must not be blank.
 * @param hours the working hours that day, sorted, at least one interval.
 */
public record SpecialWorkingDay(LocalDate date, String name, List<WorkingInterval> hours) {

	/**
	 * Validates the day and sorts its hours.
	 * @throws InvalidCalendarException if the name is blank or the hours are empty or
	 * overlap.
	 */
	public SpecialWorkingDay {
		Objects.requireNonNull(date, "date must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(hours, "hours must not be null");
		if (name.isBlank()) {
			throw new InvalidCalendarException("specialWorkingDays[" + date + "].name", "must not be blank");
		}
		if (hours.isEmpty()) {
			throw new InvalidCalendarException("specialWorkingDays[" + date + "].hours",
					"must not be empty; a day without hours is a holiday");
		}
		hours = DaySchedule.sortedWithoutOverlaps(hours, "specialWorkingDays[" + date + "].hours");
	}

	/**
	 * A special working day.
	 * @param date must not be {@literal null}.
	 * @param name must not be blank.
	 * @param hours at least one interval.
	 * @return will never be {@literal null}.
	 */
	public static SpecialWorkingDay of(LocalDate date, String name, WorkingInterval... hours) {
		return new SpecialWorkingDay(date, name, Arrays.asList(hours));
	}

}
