package org.servicechain.reviews;

/**
 * The live figures an objective's measure can be bound to (PM-1). Each is computed from
 * the data every time progress is shown, never typed in:
 * <ul>
 * <li>a team's or partner's compliance with its own agreement, and its scorecard score,
 * over the objective's window so far (at most the last year);</li>
 * <li>the requests a person resolved since the objective started;</li>
 * <li>the open requests a person holds now.</li>
 * </ul>
 */
public enum ObjectiveMetric {

	SCORECARD_COMPLIANCE("Compliance with its own agreement", "%", false, true),
	SCORECARD_SCORE("Scorecard score", "points", false, true),
	RESOLVED_REQUESTS("Requests resolved since the start", "requests", true, true),
	OPEN_REQUESTS("Open requests held", "requests", true, false);

	private final String label;

	private final String unit;

	private final boolean forPerson;

	private final boolean higherIsBetter;

	ObjectiveMetric(String label, String unit, boolean forPerson, boolean higherIsBetter) {
		this.label = label;
		this.unit = unit;
		this.forPerson = forPerson;
		this.higherIsBetter = higherIsBetter;
	}

	public String label() {
		return this.label;
	}

	public String unit() {
		return this.unit;
	}

	/**
	 * @return whether the metric measures a person (else a team or partner party)
	 */
	public boolean forPerson() {
		return this.forPerson;
	}

	public boolean higherIsBetter() {
		return this.higherIsBetter;
	}

}
