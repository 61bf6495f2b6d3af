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
			"Complaints received in the period that name this party as responsible.");

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
