package org.servicechain.complaints;

/**
 * A remedy given or asked for. The first six are the Consumer Rights Act 2015 remedies:
 * for goods, the short-term right to reject (s.22, 30 days), repair or replacement
 * (s.23), price reduction or the final right to reject (s.24); for services, repeat
 * performance (s.55) or a price reduction (s.56). The others are what organisations give
 * besides.
 */
public enum Remedy {

	SHORT_TERM_REJECT("Short-term right to reject: full refund (CRA 2015 s.22)", true, false),
	REPAIR("Repair (CRA 2015 s.23)", true, false), REPLACEMENT("Replacement (CRA 2015 s.23)", true, false),
	PRICE_REDUCTION("Price reduction (CRA 2015 s.24, s.56)", true, true),
	REFUND("Refund: final right to reject (CRA 2015 s.24)", true, false),
	REPEAT_PERFORMANCE("Repeat performance of the service (CRA 2015 s.55)", false, true),
	GOODWILL("Goodwill payment or gesture", false, false), NONE("No remedy: explanation and apology", false, false);

	private final String label;

	private final boolean goods;

	private final boolean services;

	Remedy(String label, boolean goods, boolean services) {
		this.label = label;
		this.goods = goods;
		this.services = services;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether the Consumer Rights Act 2015 gives it for goods
	 */
	public boolean forGoods() {
		return this.goods;
	}

	/**
	 * @return whether the Consumer Rights Act 2015 gives it for services
	 */
	public boolean forServices() {
		return this.services;
	}

}
