package org.servicechain.requests.web.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Moments as the portal pages say them: a date and time in the organisation's zone, and
 * how far away that is from now ("in 3 h 20 min", "2 days ago"), so that a due time reads
 * at a glance.
 */
public final class DisplayTimes {

	/**
	 * The zone pages show times in. The organisation works in one zone today, the same
	 * the staff pages use; a zone per user comes with user preferences.
	 */
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

	private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Instant now;

	DisplayTimes(Clock clock) {
		this.now = Instant.now(clock);
	}

	/**
	 * @return e.g. {@code Tue 14 Apr, 09:30}; the year is added when it is not this one.
	 */
	public String at(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = instant.atZone(ZONE);
		boolean thisYear = local.getYear() == this.now.atZone(ZONE).getYear();
		return (thisYear ? THIS_YEAR : OTHER_YEAR).format(local);
	}

	/**
	 * @return the instant for a {@code <time datetime>} attribute.
	 */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : ISO.format(instant.atZone(ZONE));
	}

	/**
	 * @return how far the instant is from now, e.g. {@code in 3 h 20 min} or
	 * {@code 2 days ago}.
	 */
	public String relative(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration between = Duration.between(this.now, instant);
		boolean future = !between.isNegative();
		String amount = amount(between.abs());
		return future ? "in " + amount : amount + " ago";
	}

	/**
	 * @return a span of time, e.g. {@code 2 h} or {@code 1 day 4 h}.
	 */
	public String span(@Nullable Duration duration) {
		return duration == null ? "" : amount(duration);
	}

	public Instant now() {
		return this.now;
	}

	public boolean past(@Nullable Instant instant) {
		return instant != null && !instant.isAfter(this.now);
	}

	static String amount(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes < 1) {
			return "less than a minute";
		}
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = duration.toHours();
		if (hours < 24) {
			long rest = minutes % 60;
			return hours + " h" + (rest > 0 ? " " + rest + " min" : "");
		}
		long days = duration.toDays();
		long restHours = hours % 24;
		return days + (days == 1 ? " day" : " days") + (restHours > 0 && days < 3 ? " " + restHours + " h" : "");
	}

}
