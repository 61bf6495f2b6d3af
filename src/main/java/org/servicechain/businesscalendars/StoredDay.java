package org.servicechain.businesscalendars;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A holiday or special working day as stored: its hours in the interval text form,
 * comma-separated, {@literal null} for a whole day off.
 */
@Embeddable
record StoredDay(@Column(name = "day_date", nullable = false) LocalDate date,
		@Column(name = "name", nullable = false, length = 200) String name,
		@Column(name = "working_hours", length = 1000) @Nullable String hours) {

	static StoredDay of(LocalDate date, String name, List<?> intervals) {
		return new StoredDay(date, name, intervals.isEmpty() ? null : join(intervals));
	}

	CalendarDay toDay() {
		return new CalendarDay(this.date, this.name, split(this.hours));
	}

	static String join(List<?> intervals) {
		return String.join(", ", intervals.stream().map(String::valueOf).toList());
	}

	static List<String> split(@Nullable String hours) {
		return (hours == null || hours.isBlank()) ? List.of()
				: Arrays.stream(hours.split(",")).map(String::strip).filter((text) -> !text.isEmpty()).toList();
	}

}
