package org.servicechain.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One stretch of working hours on a day, in the calendar's local time (AGREE-5), e.g.
 * {@code 08:00-12:00}. An interval belongs to the day it starts on.
 * <p>
 * The end is either later the same day ({@code endsNextDay == false}, {@code end} after
 * {@code start}) or on the following day ({@code endsNextDay == true}):
 * {@code 22:00-06:00+1} is a night shift from 22:00 until 06:00 the next morning, and
 * {@code 13:00-24:00} is stored as an end of 00:00 on the next day. A shift lasts at most
 * 24 hours, so an end on the next day must not be after the start. Times are whole
 * seconds.
 * <p>
 * In the text form used by {@link #parse(CharSequence)} and {@link #toString()} a
 * same-day end of midnight is written {@code 24:00} and a next-day end carries
 * {@code +1}; {@code 22:00-06:00} without {@code +1} is rejected as reversed rather than
 * guessed to be a night shift.
 *
 * @param start when work starts, must not be {@literal null}.
 * @param end when work ends, on the start's day or (if {@code endsNextDay}) the next day,
 * must not be {@literal null}.
 * @param endsNextDay whether {@code end} is on the day after the start (also for an end
 * of 24:00).
 */
public record WorkingInterval(LocalTime start, LocalTime end,
		boolean endsNextDay) implements Comparable<WorkingInterval> {

	private static final int SECONDS_PER_DAY = 86_400;

	/**
	 * Validates the interval.
	 * @throws InvalidCalendarException if a time has a fraction of a second, if a
	 * same-day end is not after the start, or if a next-day end is after the start
	 * (longer than 24 hours).
	 */
	public WorkingInterval {
		Objects.requireNonNull(start, "start must not be null");
		Objects.requireNonNull(end, "end must not be null");
		if (start.getNano() != 0) {
			throw new InvalidCalendarException("start", "must be whole seconds, was " + start);
		}
		if (end.getNano() != 0) {
			throw new InvalidCalendarException("end", "must be whole seconds, was " + end);
		}
		if (!endsNextDay && !end.isAfter(start)) {
			throw new InvalidCalendarException("end", "must be after start (" + start + ") on the same day, was " + end
					+ "; write 24:00 for midnight, or make it end the next day (+1) for a night shift");
		}
		if (endsNextDay && end.isAfter(start)) {
			throw new InvalidCalendarException("end", "of a shift ending the next day must not be after its start ("
					+ start + "), was " + end + "+1: a shift lasts at most 24 hours");
		}
	}

	/**
	 * An interval within one day; an {@code end} of {@link LocalTime#MIDNIGHT} means
	 * 24:00.
	 * @param start must not be {@literal null}.
	 * @param end must not be {@literal null}, after {@code start} or midnight.
	 * @return will never be {@literal null}.
	 * @throws InvalidCalendarException if the interval is reversed or empty.
	 */
	public static WorkingInterval of(LocalTime start, LocalTime end) {
		return new WorkingInterval(start, end, LocalTime.MIDNIGHT.equals(end));
	}

	/**
	 * A night shift from {@code start} until {@code end} on the following day.
	 * @param start must not be {@literal null}.
	 * @param end must not be {@literal null} nor after {@code start}.
	 * @return will never be {@literal null}.
	 */
	public static WorkingInterval overnight(LocalTime start, LocalTime end) {
		return new WorkingInterval(start, end, true);
	}

	/**
	 * The whole day, 00:00-24:00.
	 * @return will never be {@literal null}.
	 */
	public static WorkingInterval allDay() {
		return new WorkingInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);
	}

	/**
	 * Parses {@code HH:mm[:ss]-HH:mm[:ss][+1]}, e.g. {@code 08:00-12:30},
	 * {@code 13:00-24:00}, {@code 22:00-06:00+1}.
	 * @param text must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws InvalidCalendarException if the text is malformed or the interval invalid.
	 */
	public static WorkingInterval parse(CharSequence text) {
		String value = text.toString().strip();
		int dash = value.indexOf('-');
		if (dash < 0) {
			throw new InvalidCalendarException("interval",
					"must look like 08:00-12:30 or 22:00-06:00+1, was '" + value + "'");
		}
		String startText = value.substring(0, dash).strip();
		String endText = value.substring(dash + 1).strip();
		boolean nextDay = endText.endsWith("+1");
		if (nextDay) {
			endText = endText.substring(0, endText.length() - 2).strip();
		}
		LocalTime start = parseTime(startText, "start", value);
		if (endText.equals("24:00") || endText.equals("24:00:00")) {
			if (nextDay) {
				throw new InvalidCalendarException("end",
						"24:00+1 is more than 24 hours after the start, in '" + value + "'");
			}
			return new WorkingInterval(start, LocalTime.MIDNIGHT, true);
		}
		return new WorkingInterval(start, parseTime(endText, "end", value), nextDay);
	}

	private static LocalTime parseTime(String text, String field, String value) {
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidCalendarException(field,
					"must be a time like 08:00 or 08:00:30, was '" + text + "' in '" + value + "'", ex);
		}
	}

	/**
	 * Whether the interval ends at 24:00 of its day.
	 * @return {@code true} for e.g. {@code 13:00-24:00}.
	 */
	public boolean endsAtMidnight() {
		return this.endsNextDay && this.end.equals(LocalTime.MIDNIGHT);
	}

	/**
	 * Whether work continues past midnight into the next day (a night shift).
	 * @return {@code true} for e.g. {@code 22:00-06:00+1}.
	 */
	public boolean crossesMidnight() {
		return this.endsNextDay && !this.end.equals(LocalTime.MIDNIGHT);
	}

	/**
	 * The length on the wall clock, ignoring daylight-saving changes (the real length on
	 * a day with a clock change may differ).
	 * @return will never be {@literal null}.
	 */
	public Duration nominalDuration() {
		return Duration.ofSeconds(endSecond() - startSecond());
	}

	/** Seconds from the start of the interval's own day. */
	int startSecond() {
		return this.start.toSecondOfDay();
	}

	/** Seconds from the start of the interval's own day; above 86,400 on the next day. */
	int endSecond() {
		return this.end.toSecondOfDay() + (this.endsNextDay ? SECONDS_PER_DAY : 0);
	}

	@Override
	public int compareTo(WorkingInterval other) {
		int byStart = Integer.compare(startSecond(), other.startSecond());
		return (byStart != 0) ? byStart : Integer.compare(endSecond(), other.endSecond());
	}

	@Override
	public String toString() {
		if (endsAtMidnight()) {
			return this.start + "-24:00";
		}
		return this.start + "-" + this.end + (this.endsNextDay ? "+1" : "");
	}

}
