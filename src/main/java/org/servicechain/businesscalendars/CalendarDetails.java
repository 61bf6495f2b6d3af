package org.servicechain.businesscalendars;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a business calendar when creating or editing it (AGREE-5). All
 * hours are written in the text form of
 * {@link org.servicechain.calendar.WorkingInterval}: {@code 09:00-12:30},
 * {@code 13:00-24:00}, {@code 22:00-06:00+1} for a night shift.
 *
 * @param name unique, ignoring case and surrounding spaces
 * @param zone an IANA time zone id, e.g. {@code Europe/London}
 * @param hours the usual hours per day of the week; a missing or empty day is a day off
 * @param holidays whole days off and part days
 * @param specialWorkingDays days worked with their own hours
 * @param recurringHolidays holidays on the same date every year; a holiday or special
 * working day on one of their dates takes their place that year
 * @param closures part of one date closed: each day's {@code hours} are the closed
 * stretches (e.g. {@code 12:00-14:00}), taken out of the hours that start that date
 */
public record CalendarDetails(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 2000) String description,
		@NotBlank @Size(max = 64) String zone, Map<DayOfWeek, List<String>> hours,
		@Size(max = MAX_DAYS) List<@Valid CalendarDay> holidays,
		@Size(max = MAX_DAYS) List<@Valid CalendarDay> specialWorkingDays,
		@Size(max = MAX_RECURRING) List<@Valid RecurringDay> recurringHolidays,
		@Size(max = MAX_DAYS) List<@Valid CalendarDay> closures) {

	/** The most recurring holidays one calendar may have. */
	public static final int MAX_RECURRING = 100;

	/** The most intervals one day may have. */
	public static final int MAX_INTERVALS_PER_DAY = 24;

	/** The most holidays, and the most special working days, one calendar may have. */
	public static final int MAX_DAYS = 2000;

	public CalendarDetails {
		description = CalendarDay.nullIfBlank(description);
		Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
		if (hours != null) {
			hours.forEach((day, intervals) -> {
				if (day != null && intervals != null && !intervals.isEmpty()) {
					week.put(day, Collections.unmodifiableList(new ArrayList<>(intervals)));
				}
			});
		}
		hours = Collections.unmodifiableMap(week);
		holidays = (holidays == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(holidays));
		specialWorkingDays = (specialWorkingDays == null) ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(specialWorkingDays));
		recurringHolidays = (recurringHolidays == null) ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(recurringHolidays));
		closures = (closures == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(closures));
	}

	/**
	 * A calendar without recurring holidays and closures.
	 */
	public CalendarDetails(String name, @Nullable String description, String zone, Map<DayOfWeek, List<String>> hours,
			List<CalendarDay> holidays, List<CalendarDay> specialWorkingDays) {
		this(name, description, zone, hours, holidays, specialWorkingDays, List.of(), List.of());
	}

	/**
	 * @return the same calendar with other recurring holidays.
	 */
	public CalendarDetails withRecurringHolidays(List<RecurringDay> recurringHolidays) {
		return new CalendarDetails(this.name, this.description, this.zone, this.hours, this.holidays,
				this.specialWorkingDays, recurringHolidays, this.closures);
	}

	/**
	 * @return the same calendar with other holidays.
	 */
	public CalendarDetails withHolidays(List<CalendarDay> holidays) {
		return new CalendarDetails(this.name, this.description, this.zone, this.hours, holidays,
				this.specialWorkingDays, this.recurringHolidays, this.closures);
	}

}
