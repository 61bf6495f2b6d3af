package org.servicechain.reviews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How far an objective has come (PM-1), a pure function of its baseline, target, window
 * and the metric's value now: the share of the way from baseline to target, the share of
 * the window gone, and a verdict from the two.
 *
 * @param current the metric now, or null when there is nothing to measure yet
 * @param percent how much of the way from baseline to target is covered, 0 to 100
 * @param expectedPercent how much of the time from start to deadline has passed, 0 to 100
 */
public record ObjectiveProgress(@Nullable Double current, @Nullable Integer percent, int expectedPercent,
		Status status) {

	/**
	 * The verdict on an objective.
	 */
	public enum Status {

		ACHIEVED("Achieved"), ON_TRACK("On track"), BEHIND("Behind"), MISSED("Missed"), NO_DATA("No data yet");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * @param higherIsBetter which way the metric improves, deciding whether a target
	 * equal to its baseline is held
	 */
	public static ObjectiveProgress of(double baseline, double target, boolean higherIsBetter, @Nullable Double current,
			LocalDate startsOn, LocalDate deadline, LocalDate today) {
		long window = Math.max(1, ChronoUnit.DAYS.between(startsOn, deadline));
		int expected = clamp(Math.round(100.0 * ChronoUnit.DAYS.between(startsOn, today) / window));
		if (current == null) {
			return new ObjectiveProgress(null, null, expected, Status.NO_DATA);
		}
		boolean rising = (target != baseline) ? target > baseline : higherIsBetter;
		boolean achieved = rising ? current >= target : current <= target;
		int percent = (target == baseline) ? (achieved ? 100 : 0)
				: clamp(Math.round(100.0 * (current - baseline) / (target - baseline)));
		Status status;
		if (achieved) {
			status = Status.ACHIEVED;
		}
		else if (today.isAfter(deadline)) {
			status = Status.MISSED;
		}
		else if (percent >= expected) {
			status = Status.ON_TRACK;
		}
		else {
			status = Status.BEHIND;
		}
		return new ObjectiveProgress(current, percent, expected, status);
	}

	private static int clamp(long value) {
		return (int) Math.max(0, Math.min(100, value));
	}

}
