package org.servicechain.reviews;

import java.time.LocalDate;

/**
 * How often a series meets; the next meeting is proposed that far after the last.
 */
public enum Cadence {

	WEEKLY("Weekly"), FORTNIGHTLY("Fortnightly"), MONTHLY("Monthly"), QUARTERLY("Quarterly");

	private final String label;

	Cadence(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return the day one cadence after the given day
	 */
	public LocalDate after(LocalDate day) {
		return switch (this) {
			case WEEKLY -> day.plusWeeks(1);
			case FORTNIGHTLY -> day.plusWeeks(2);
			case MONTHLY -> day.plusMonths(1);
			case QUARTERLY -> day.plusMonths(3);
		};
	}

	/**
	 * @return the day one cadence before the given day
	 */
	public LocalDate before(LocalDate day) {
		return switch (this) {
			case WEEKLY -> day.minusWeeks(1);
			case FORTNIGHTLY -> day.minusWeeks(2);
			case MONTHLY -> day.minusMonths(1);
			case QUARTERLY -> day.minusMonths(3);
		};
	}

}
