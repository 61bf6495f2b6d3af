package org.servicechain.sla;

import java.time.Duration;

/**
 * Business durations in words: {@code 4 h 30 min}, {@code 45 min}, {@code 2 d 3 h} is
 * never used, because a business day has no fixed length; hours stay hours.
 */
public final class Durations {

	private Durations() {
	}

	public static String words(Duration duration) {
		boolean negative = duration.isNegative();
		Duration d = duration.abs();
		long hours = d.toHours();
		long minutes = d.toMinutesPart();
		String text;
		if (hours == 0 && minutes == 0) {
			text = (d.getSeconds() > 0) ? "under 1 min" : "0 min";
		}
		else if (hours == 0) {
			text = minutes + " min";
		}
		else {
			text = hours + " h" + ((minutes > 0) ? " " + minutes + " min" : "");
		}
		return negative ? "−" + text : text;
	}

}
