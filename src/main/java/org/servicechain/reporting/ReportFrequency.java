package org.servicechain.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a scheduled report is mailed (REP-2), and which period each mailing covers:
 * weekly on Monday at 06:00 London time with the week before (Monday to Sunday), monthly
 * on the first at 06:00 with the month before. Pure.
 */
public enum ReportFrequency {

	WEEKLY("Weekly, on Monday morning, with the week before"),

	MONTHLY("Monthly, on the first, with the month before");

	static final LocalTime AT = LocalTime.of(6, 0);

	private final String label;

	ReportFrequency(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return the first mailing strictly after the instant
	 */
	public Instant nextAfter(Instant after) {
		ZonedDateTime now = after.atZone(Reports.ZONE);
		LocalDate day = switch (this) {
			case WEEKLY -> now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTHLY -> now.toLocalDate().withDayOfMonth(1);
		};
		while (!day.atTime(AT).atZone(Reports.ZONE).toInstant().isAfter(after)) {
			day = (this == WEEKLY) ? day.plusWeeks(1) : day.plusMonths(1);
		}
		return day.atTime(AT).atZone(Reports.ZONE).toInstant();
	}

	/**
	 * @return the period a mailing due at the instant covers: {from, to}, both included
	 */
	public LocalDate[] periodBefore(Instant due) {
		LocalDate day = due.atZone(Reports.ZONE).toLocalDate();
		return switch (this) {
			case WEEKLY -> {
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
				yield new LocalDate[] { monday, monday.plusDays(6) };
			}
			case MONTHLY -> {
				LocalDate first = day.withDayOfMonth(1).minusMonths(1);
				yield new LocalDate[] { first, first.plusMonths(1).minusDays(1) };
			}
		};
	}

}
