package org.servicechain.businesscalendars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A dated day of a calendar as people and the API write it: a holiday (no hours for a
 * whole day off, hours for a part day) or a special working day (hours required).
 *
 * @param date the day
 * @param name what the day is called, e.g. {@code Christmas Eve}
 * @param hours the working hours that day in the text form of
 * {@link org.servicechain.calendar.WorkingInterval}, e.g. {@code 09:00-12:00}; empty for
 * a whole day off
 */
public record CalendarDay(@NotNull LocalDate date, @NotBlank @Size(max = 200) String name,
		@Size(max = CalendarDetails.MAX_INTERVALS_PER_DAY) List<String> hours) {

	public CalendarDay {
		name = (name == null) ? name : name.strip();
		// Nulls inside the list are kept so that validation can name them.
		hours = (hours == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(hours));
	}

	public static CalendarDay wholeDay(LocalDate date, String name) {
		return new CalendarDay(date, name, List.of());
	}

	public static CalendarDay withHours(LocalDate date, String name, String... hours) {
		return new CalendarDay(date, name, List.of(hours));
	}

	/**
	 * @return the hours joined as one line, e.g. {@code 09:00-12:00, 13:00-15:00}; empty
	 * for a whole day off.
	 */
	public String hoursText() {
		return String.join(", ", this.hours);
	}

	/**
	 * @return {@code true} when the day has no working hours.
	 */
	public boolean wholeDayOff() {
		return this.hours.isEmpty();
	}

	static @Nullable String nullIfBlank(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
