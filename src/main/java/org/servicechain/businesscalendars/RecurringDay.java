package org.servicechain.businesscalendars;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A holiday on the same date every year, as people and the API write it (issue 8).
 *
 * @param date month and day as {@code MM-dd}, e.g. {@code 12-25}; {@code 02-29} falls in
 * leap years only
 * @param name what the day is called, e.g. {@code Christmas Day}
 * @param hours the working hours that day in the text form of
 * {@link org.servicechain.calendar.WorkingInterval}; empty for a whole day off
 */
public record RecurringDay(@NotBlank @Size(max = 5) String date, @NotBlank @Size(max = 200) String name,
		@Size(max = CalendarDetails.MAX_INTERVALS_PER_DAY) List<String> hours) {

	public RecurringDay {
		date = (date == null) ? null : date.strip();
		name = (name == null) ? null : name.strip();
		hours = (hours == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(hours));
	}

	public static RecurringDay wholeDay(String date, String name) {
		return new RecurringDay(date, name, List.of());
	}

	/**
	 * @return the hours joined as one line; empty for a whole day off.
	 */
	public String hoursText() {
		return String.join(", ", this.hours);
	}

}
