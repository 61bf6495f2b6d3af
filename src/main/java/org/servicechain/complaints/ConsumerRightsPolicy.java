package org.servicechain.complaints;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which remedies the Consumer Rights Act 2015 gives a complainant, and whether the 30-day
 * short-term right to reject still applies (s.22): only a consumer (a person, not an
 * organisation or one of our own teams) has these rights; goods give repair, replacement,
 * price reduction and rejection, services repeat performance or a price reduction. The
 * short-term right to reject runs 30 days from delivery.
 */
public final class ConsumerRightsPolicy {

	public static final int SHORT_TERM_REJECT_DAYS = 30;

	private ConsumerRightsPolicy() {
	}

	/**
	 * @param consumer whether the complainant is a consumer
	 * @param goodsDeliveredOn when the goods complained of were delivered,
	 * {@literal null} for a service
	 * @param today the day asked about
	 * @return what applies
	 */
	public static Rights rights(boolean consumer, @Nullable LocalDate goodsDeliveredOn, LocalDate today) {
		if (!consumer) {
			return new Rights(false, false, null, false,
					List.of(Remedy.REPAIR, Remedy.REPLACEMENT, Remedy.PRICE_REDUCTION, Remedy.REFUND,
							Remedy.REPEAT_PERFORMANCE, Remedy.GOODWILL, Remedy.NONE),
					"The Consumer Rights Act 2015 protects consumers; this complainant is not one, so remedies are as agreed.");
		}
		if (goodsDeliveredOn == null) {
			return new Rights(true, false, null, false,
					Arrays.stream(Remedy.values())
						.filter((remedy) -> remedy.forServices() || !remedy.forGoods())
						.toList(),
					"A service not done with reasonable care and skill: the consumer may ask for it to be repeated, or for a price reduction (Consumer Rights Act 2015 s.54–56).");
		}
		LocalDate until = goodsDeliveredOn.plusDays(SHORT_TERM_REJECT_DAYS);
		boolean reject = !today.isAfter(until);
		List<Remedy> choices = Arrays.stream(Remedy.values())
			.filter((remedy) -> (remedy.forGoods() || !remedy.forServices())
					&& (reject || remedy != Remedy.SHORT_TERM_REJECT))
			.toList();
		String text = reject
				? "Goods delivered on " + goodsDeliveredOn
						+ ": the consumer may still reject them for a full refund until " + until
						+ " (30-day short-term right to reject, CRA 2015 s.22), or ask for a repair or a replacement."
				: "Goods delivered on " + goodsDeliveredOn + ": the 30-day short-term right to reject ended on " + until
						+ "; the consumer may ask for a repair or replacement, then a price reduction or a refund (CRA 2015 s.23–24).";
		return new Rights(true, true, until, reject, choices, text);
	}

	/**
	 * @param consumer whether the Act applies
	 * @param goods whether the complaint is about goods
	 * @param rejectUntil the last day of the short-term right to reject, for goods
	 * @param shortTermRejectOpen whether that right still applies
	 * @param choices the remedies to offer
	 * @param explanation what applies, in words
	 */
	public record Rights(boolean consumer, boolean goods, @Nullable LocalDate rejectUntil, boolean shortTermRejectOpen,
			List<Remedy> choices, String explanation) {

	}

}
