package org.servicechain.privacy;

import java.time.LocalDate;

import org.servicechain.shared.InvalidInputException;

/**
 * The time limit of UK GDPR Art. 12(3) for answering a subject access request: one
 * calendar month from the day it was received, extendable by up to two further months
 * when the request is complex or one of many. The month is counted as the ICO's guidance
 * says: to the corresponding day of the next month, or, when that month has no such day,
 * to its last day (received 31 January → due 28 or 29 February). An extension counts from
 * the day of receipt too (31 January + 3 months → 30 April), never from the first due
 * date, so month ends do not shorten it.
 */
public final class SubjectAccessDeadline {

	/**
	 * The most months an answer may be extended by (Art. 12(3)).
	 */
	public static final int MAX_EXTENSION_MONTHS = 2;

	/**
	 * How many days before the due date a request counts as due soon.
	 */
	public static final int DUE_SOON_DAYS = 7;

	private SubjectAccessDeadline() {
	}

	/**
	 * @param receivedOn the day the request was received; must not be {@literal null}
	 * @param extensionMonths 0, 1 or 2
	 * @return the last day for the answer
	 */
	public static LocalDate dueOn(LocalDate receivedOn, int extensionMonths) {
		if (extensionMonths < 0 || extensionMonths > MAX_EXTENSION_MONTHS) {
			throw new InvalidInputException("months", "range",
					"An answer may be extended by 1 or 2 further months (Art. 12(3))");
		}
		// LocalDate.plusMonths keeps the day of month, or takes the month's last day when
		// the month is shorter: exactly the rule.
		return receivedOn.plusMonths(1L + extensionMonths);
	}

}
