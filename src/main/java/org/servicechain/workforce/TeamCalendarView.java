package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who is away on which day (WF-1): one row per member of staff, one cell per day.
 *
 * @param understaffedDays the days on which fewer than half of the people with a pattern
 * who would work are at work, for managers' attention
 */
public record TeamCalendarView(LocalDate from, List<LocalDate> days, List<Row> rows, List<LocalDate> understaffedDays) {

	public record Row(String username, String displayName, boolean me, List<Cell> cells) {

	}

	/**
	 * @param mark what the day says about the person: {@literal null} at work, else the
	 * absence's kind (or "Away") with "requested" while it waits for approval
	 * @param working whether the person's pattern has working hours that day
	 */
	public record Cell(LocalDate date, @Nullable String mark, boolean requested, boolean working) {

	}

}
