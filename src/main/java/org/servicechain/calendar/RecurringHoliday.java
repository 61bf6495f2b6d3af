package org.servicechain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A holiday on the same date every year, e.g. Christmas Day on 25 December (issue 8).
 * Like a {@link Holiday} it is a whole day off ({@code hours} empty) or a part day whose
 * {@code hours} replace the weekday's. A 29 February holiday falls in leap years only.
 * <p>
 * A dated {@link Holiday} or {@link SpecialWorkingDay} on one of its dates takes its
 * place that year: the dated entry is the more specific one (for example Christmas Day
 * worked in 2027, or a name imported from a government feed).
 *
 * @param date the month and day, must not be {@literal null}.
 * @param name what the day is called, must not be blank.
 * @param hours the working hours that day, sorted; empty for a whole day off.
 */
public record RecurringHoliday(MonthDay date, String name, List<WorkingInterval> hours) {

	/**
	 * Validates the holiday and sorts its hours.
	 * @throws InvalidCalendarException if the name is blank or the hours overlap.
	 */
	public RecurringHoliday {
		Objects.requireNonNull(date, "date must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(hours, "hours must not be null");
		if (name.isBlank()) {
			throw new InvalidCalendarException(field(date) + ".name", "must not be blank");
		}
		hours = DaySchedule.sortedWithoutOverlaps(hours, field(date) + ".hours");
	}

	/**
	 * A whole day off every year.
	 * @param date must not be {@literal null}.
	 * @param name must not be blank.
	 * @return will never be {@literal null}.
	 */
	public static RecurringHoliday wholeDay(MonthDay date, String name) {
		return new RecurringHoliday(date, name, List.of());
	}

	/**
	 * Whether the whole day is off.
	 * @return {@code true} if there are no working hours that day.
	 */
	public boolean isWholeDay() {
		return this.hours.isEmpty();
	}

	/**
	 * Whether the holiday falls on the given date.
	 * @param day must not be {@literal null}.
	 * @return {@code true} on its month and day of any year (29 February: leap years).
	 */
	public boolean fallsOn(LocalDate day) {
		return day.getMonthValue() == this.date.getMonthValue() && day.getDayOfMonth() == this.date.getDayOfMonth();
	}

	/** {@code recurringHolidays[12-25]}, how the calendar names it in errors. */
	static String field(MonthDay date) {
		return "recurringHolidays[" + text(date) + "]";
	}

	/**
	 * The month and day as {@code MM-dd}, e.g. {@code 12-25}.
	 * @param date must not be {@literal null}.
	 * @return will never be {@literal null}.
	 */
	public static String text(MonthDay date) {
		return String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
	}

}
