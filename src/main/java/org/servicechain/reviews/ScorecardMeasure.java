package org.servicechain.reviews;

/**
 * What a scorecard measures (PM-2), each from live data. A measure is either "higher is
 * better" (its threshold is a floor) or "lower is better" (its threshold is a ceiling).
 */
public enum ScorecardMeasure {

	COMPLIANCE("Compliance with its own agreement", "%", true,
			"Clocks that measure the party and finished in the period: met as a share of met and breached."),
	RESPONSIVENESS("Responsiveness", "% of target", false,
			"Median business time to respond, of the response clocks that stopped, as a share of their median target."),
	ATTRIBUTED_BREACHES("Breaches attributed to it", "breaches", false,
			"Customer breaches of the requests it worked on that the ledger's rule gives to this party."),
	COMPLAINTS("Complaints about it", "complaints", false,
			"Complaints received in the period that name this party as responsible."),
	CSAT("CSAT of the requests it worked on", "% satisfied", true,
			"CSAT answers given in the period about requests this party worked on (its own team's requests and "
					+ "those it took a task of): the share that scored 4 or 5 out of 5."),
	IMPROVEMENT_ACTIONS("Overdue improvement actions it owns", "overdue actions", false,
			"Improvement actions owned by this party's people that had started by the end of the period and are "
					+ "still open with their deadline before its last day; done and abandoned ones do not count, "
					+ "and an action's status is as it stands today.");

	private final String label;

	private final String unit;

	private final boolean higherIsBetter;

	private final String counting;

	ScorecardMeasure(String label, String unit, boolean higherIsBetter, String counting) {
		this.label = label;
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
		this.counting = counting;
	}

	public String label() {
		return this.label;
	}

	public String unit() {
		return this.unit;
	}

	public boolean higherIsBetter() {
		return this.higherIsBetter;
	}

	public String counting() {
		return this.counting;
	}

}
