package org.servicechain.businesscalendars;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;

/**
 * A point in time as a client gave it: either an instant (with {@code Z} or an offset) or
 * a local date-time without an offset, which is read in the calendar's own zone.
 * <p>
 * A local date-time is mapped as the calendar maps its own hours (docs/calendar.md,
 * convention 9): a time inside a daylight-saving gap means the end of the gap, a time
 * that occurs twice means its first occurrence.
 *
 * @param instant the instant, when one was given
 * @param local the local date-time, when one was given
 */
public record TimeInput(@Nullable Instant instant, @Nullable LocalDateTime local) {

	// An unencoded '+' in a query string arrives as a space: "…T15:00:00 01:00".
	private static final Pattern SPACE_FOR_PLUS = Pattern.compile("(T[0-9:.]+) ([0-9]{2}(:?[0-9]{2})?)$");

	public TimeInput {
		if ((instant == null) == (local == null)) {
			throw new IllegalArgumentException("Give either an instant or a local date-time");
		}
	}

	public static TimeInput of(Instant instant) {
		return new TimeInput(instant, null);
	}

	public static TimeInput of(LocalDateTime local) {
		return new TimeInput(null, local);
	}

	/**
	 * Reads an ISO-8601 instant ({@code 2026-11-27T15:00:00Z},
	 * {@code 2026-11-27T16:00+01:00}) or local date-time ({@code 2026-11-27T15:00}).
	 * @param field the parameter's name, for the error
	 * @param text must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws InvalidInputException naming the field with rule {@code format}.
	 */
	public static TimeInput parse(String field, String text) {
		String value = SPACE_FOR_PLUS.matcher(text.strip()).replaceFirst("$1+$2");
		try {
			return of(OffsetDateTime.parse(value).toInstant());
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return of(LocalDateTime.parse(value));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException(field, "format",
						"must be an ISO-8601 instant like 2026-11-27T15:00:00Z or 2026-11-27T15:00+01:00,"
								+ " or a local date-time like 2026-11-27T15:00 (read in the calendar's zone), was '"
								+ text + "'");
			}
		}
	}

	/**
	 * @param zone the calendar's zone, for a local date-time.
	 * @return the instant meant; never {@literal null}.
	 * @throws InvalidInputException if the local date-time cannot be placed in the zone
	 * (far outside the supported years).
	 */
	public Instant in(ZoneId zone, String field) {
		if (this.instant != null) {
			return this.instant;
		}
		try {
			ZoneOffsetTransition transition = zone.getRules().getTransition(this.local);
			if (transition != null && transition.isGap()) {
				return transition.getInstant();
			}
			// In an overlap atZone keeps the earlier offset: the first occurrence.
			return this.local.atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException(field, "range", "must be a date-time between the years 1 and 2999");
		}
	}

	@Override
	public String toString() {
		return (this.instant != null) ? this.instant.toString() : String.valueOf(this.local);
	}

}
