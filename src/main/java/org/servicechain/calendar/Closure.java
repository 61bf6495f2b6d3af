package org.servicechain.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Part of one date closed, e.g. "closed 12:00-14:00 on 24 December 2026" for a staff
 * event (issue 8). The closed stretches are written like working intervals and are taken
 * out of the working hours that <em>start</em> on that date, whatever they are that day
 * (the weekday's, a part-day holiday's or a special working day's): like every rule of
 * the calendar, a date owns the intervals that start on it. A closure on a date that has
 * no hours then changes nothing.
 *
 * @param date the date, must not be {@literal null}.
 * @param name why, e.g. "Staff party", must not be blank.
 * @param closed the closed stretches, at least one, sorted, not overlapping;
 * {@code 22:00-02:00+1} closes a night shift's first hours.
 */
public record Closure(LocalDate date, String name, List<WorkingInterval> closed) {

	/**
	 * Validates the closure and sorts its stretches.
	 * @throws InvalidCalendarException if the name is blank, or the stretches are empty
	 * or overlap.
	 */
	public Closure {
		Objects.requireNonNull(date, "date must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(closed, "closed must not be null");
		if (name.isBlank()) {
			throw new InvalidCalendarException("closures[" + date + "].name", "must not be blank");
		}
		if (closed.isEmpty()) {
			throw new InvalidCalendarException("closures[" + date + "].hours",
					"must not be empty: a closure closes at least one stretch; a whole day off is a holiday");
		}
		closed = DaySchedule.sortedWithoutOverlaps(closed, "closures[" + date + "].hours");
	}

	/**
	 * A closure of some stretches of one date.
	 * @param date must not be {@literal null}.
	 * @param name must not be blank.
	 * @param closed at least one stretch.
	 * @return will never be {@literal null}.
	 */
	public static Closure of(LocalDate date, String name, WorkingInterval... closed) {
		return new Closure(date, name, Arrays.asList(closed));
	}

}
