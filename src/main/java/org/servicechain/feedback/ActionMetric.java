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
	THEME_MENTIONS("Theme mentions");

	private final String label;

	ActionMetric(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
