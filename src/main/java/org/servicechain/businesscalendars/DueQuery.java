package org.servicechain.businesscalendars;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * "Raised at {@code start}, due when?": a start and either a duration of working time
 * (negative to go back from the start) or a number of working days, exactly one of them.
 *
 * @param start when the clock starts; {@literal null} means now
 * @param duration working time, whole seconds, at most
 * {@link BusinessCalendar#MAX_DURATION} either way
 * @param days working days, keeping the time of day
 */
public record DueQuery(@Nullable TimeInput start, @Nullable Duration duration, @Nullable Integer days) {

	public DueQuery {
		if ((duration == null) == (days == null)) {
			throw new IllegalArgumentException("Give either a duration or a number of working days");
		}
	}

	public static DueQuery of(@Nullable TimeInput start, Duration duration) {
		return new DueQuery(start, duration, null);
	}

	public static DueQuery ofWorkingDays(@Nullable TimeInput start, int days) {
		return new DueQuery(start, null, days);
	}

	/**
	 * Reads the question as the API and the UI receive it.
	 * @param start an instant or local date-time; blank means now
	 * @param duration an ISO-8601 duration such as {@code PT4H30M} or {@code -PT2H}
	 * @param days a number of working days
	 * @return will never be {@literal null}.
	 * @throws InvalidInputException naming every bad parameter and the rule it broke.
	 */
	public static DueQuery parse(@Nullable String start, @Nullable String duration, @Nullable Integer days) {
		List<FieldViolation> violations = new ArrayList<>();
		TimeInput from = null;
		if (start != null && !start.isBlank()) {
			try {
				from = TimeInput.parse("start", start);
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.getViolations());
			}
		}
		boolean hasDuration = duration != null && !duration.isBlank();
		Duration amount = null;
		if (hasDuration && days != null) {
			violations.add(new FieldViolation("days", "exclusive",
					"give either a duration of working time or a number of working days, not both"));
		}
		else if (!hasDuration && days == null) {
			violations.add(new FieldViolation("duration", "required",
					"give a duration of working time such as PT4H30M, or a number of working days"));
		}
		else if (hasDuration) {
			try {
				amount = parseDuration(duration);
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.getViolations());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return (amount != null) ? of(from, amount) : ofWorkingDays(from, days);
	}

	/**
	 * Reads an ISO-8601 duration of working time. Days ({@code P1D}) are refused: a day
	 * of working time is easily mistaken for a working day, so ask for hours or working
	 * days.
	 */
	static Duration parseDuration(String text) {
		String value = text.strip();
		Duration duration;
		try {
			duration = Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("duration", "format",
					"must be an ISO-8601 duration like PT4H30M (or -PT4H30M to go back), was '" + text + "'");
		}
		if (value.toUpperCase(java.util.Locale.ROOT).replaceFirst("T.*", "").contains("D")) {
			throw new InvalidInputException("duration", "no-days",
					"must be given in hours, minutes and seconds (PT24H, not P1D): a day of working time is not a"
							+ " working day; use days for working days, was '" + text + "'");
		}
		if (duration.compareTo(BusinessCalendar.MAX_DURATION) > 0
				|| duration.compareTo(BusinessCalendar.MAX_DURATION.negated()) < 0) {
			throw new InvalidInputException("duration", "max", "must not exceed 100 years ("
					+ BusinessCalendar.MAX_DURATION.toHours() + " hours) either way, was '" + text + "'");
		}
		return duration;
	}

	/**
	 * @return the amount as given, e.g. {@code PT4H} or {@code 3 working days}.
	 */
	public String describeAmount() {
		return (this.duration != null) ? this.duration.toString()
				: this.days + (Math.abs(this.days) == 1 ? " working day" : " working days");
	}

}
