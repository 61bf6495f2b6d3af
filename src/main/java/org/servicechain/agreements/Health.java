package org.servicechain.agreements;

/**
 * Whether an agreement's promises can be kept by the agreements along the chain beneath
 * them (AGREE-4), in the four words shown wherever an agreement is named. Measured
 * compliance will come with the SLA clocks.
 */
public enum Health {

	/** Every promise is kept over a whole week of start times, with room to spare. */
	FEASIBLE("Feasible", "ok", "✓"),

	/**
	 * Every promise is kept, but at the worst start with less than a tenth of it to
	 * spare.
	 */
	AT_RISK("At risk", "warn", "!"),

	/** At least one promise arrives late for some start of the week. */
	CANNOT_BE_KEPT("Cannot be kept", "danger", "✗"),

	/**
	 * Nothing late was found, but a link the promise rests on has no agreement (or the
	 * chain has no link for it), so the truth is unknown.
	 */
	UNVERIFIED("Unverified", "neutral", "?");

	private final String label;

	private final String tone;

	private final String symbol;

	Health(String label, String tone, String symbol) {
		this.label = label;
		this.tone = tone;
		this.symbol = symbol;
	}

	public String label() {
		return this.label;
	}

	/** The CSS tone of its badge: ok, warn, danger or neutral. */
	public String tone() {
		return this.tone;
	}

	/** A symbol that carries the meaning without colour (WCAG 1.4.1). */
	public String symbol() {
		return this.symbol;
	}

	/**
	 * @return how bad it is: 0 for feasible up to 3 for cannot be kept.
	 */
	int severity() {
		return switch (this) {
			case FEASIBLE -> 0;
			case UNVERIFIED -> 1;
			case AT_RISK -> 2;
			case CANNOT_BE_KEPT -> 3;
		};
	}

}
