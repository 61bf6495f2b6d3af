package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of the complaints policy. Versions are never changed: a complaint keeps the
 * version in force when it was received.
 *
 * @param number the version number; the ETag of the current policy
 * @param workingDay the length of one working day of the calendar, to show timescales in
 * working days
 */
public record PolicyView(UUID id, int number, UUID calendarId, String calendarName,
		Map<ComplaintStep, Duration> targets, int warningPercent, int followUpDays, BigDecimal discretionLimit,
		@Nullable BigDecimal seniorThreshold, @Nullable Integer seniorLevel, String ombudsmanName, int ombudsmanMonths,
		String acknowledgeTemplate, Instant createdAt, String createdBy, Duration workingDay) {

	/**
	 * @return a step's timescale in words, e.g. "1 working day (8 h)"
	 */
	public String describe(ComplaintStep step) {
		return describe(this.targets.get(step), this.workingDay);
	}

	static String describe(Duration target, Duration workingDay) {
		long minutes = target.toMinutes();
		String hours = (minutes % 60 == 0) ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
		if (!workingDay.isZero() && target.toMinutes() % workingDay.toMinutes() == 0) {
			long days = target.toMinutes() / workingDay.toMinutes();
			String text = (days % 5 == 0 && days >= 10) ? (days / 5) + " weeks"
					: days + (days == 1 ? " working day" : " working days");
			return text + " (" + hours + " of business time)";
		}
		return hours + " of business time";
	}

}
