package org.servicechain.agreements.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;

/**
 * Business time as people type it in the terms form: {@code 4h}, {@code 1h 30m},
 * {@code 90m}, {@code 16h}, or ISO-8601 such as {@code PT4H}. Days are deliberately not
 * accepted: a business "day" depends on the calendar, so targets are stated in hours.
 */
final class BusinessTime {

	private static final Pattern HOURS_AND_MINUTES = Pattern
		.compile("(?:(\\d{1,5})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,5})\\s*m(?:in(?:utes?|s)?)?)?");

	private BusinessTime() {
	}

	/**
	 * @param field the form field, named in the error, e.g. {@code targets[0].resolution}
	 * @param text what was typed
	 * @return the duration, or {@literal null} if nothing was typed.
	 * @throws InvalidInputException naming the field if the text is not a duration.
	 */
	static @Nullable Duration parse(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().toLowerCase(Locale.ROOT);
		Duration duration;
		if (value.startsWith("p")) {
			try {
				duration = Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException ex) {
				throw invalid(field, text);
			}
		}
		else {
			Matcher matcher = HOURS_AND_MINUTES.matcher(value);
			if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
				throw invalid(field, text);
			}
			long hours = matcher.group(1) != null ? Long.parseLong(matcher.group(1)) : 0;
			long minutes = matcher.group(2) != null ? Long.parseLong(matcher.group(2)) : 0;
			duration = Duration.ofHours(hours).plusMinutes(minutes);
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new InvalidInputException(field, "positive", "'" + text.strip() + "' must be more than zero");
		}
		return duration;
	}

	/**
	 * @return the duration as hours and minutes, e.g. {@code 1h 30m}; empty for
	 * {@literal null}.
	 */
	static String format(@Nullable Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = duration.toMinutes();
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours == 0) {
			return rest + "m";
		}
		return hours + "h" + ((rest != 0) ? " " + rest + "m" : "");
	}

	private static InvalidInputException invalid(String field, String text) {
		return new InvalidInputException(field, "duration", "'" + text.strip()
				+ "' is not a duration; write business hours such as 4h, 1h 30m or 90m (or ISO-8601 such as PT4H)");
	}

}
