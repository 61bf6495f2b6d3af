package org.servicechain.feedback;

/**
 * What an improvement action is measured by (FB-6), read from live data.
 */
public enum ActionMetric {

	/** A survey's score over the window (CSAT %, NPS, CES mean). */
	SURVEY_SCORE("Survey score"),
	/** Complaints received about a service over the window. */
	COMPLAINT_COUNT("Complaints received"),
	/** Comments, survey answers and complaints that mention a theme over the window. */
	THEME_MENTIONS("Theme mentions"),
	/**
	 * The share of an agreement's customer clocks (first response and resolution) that
	 * started in the window and were met, of those met or breached; clocks still running
	 * within their target are left out.
	 */
	CLOCK_COMPLIANCE("Clock compliance");

	private final String label;

	ActionMetric(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
