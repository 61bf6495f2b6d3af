package org.servicechain.feedback;

import org.servicechain.shared.PageResponse;

/**
 * What a party's people said of us in relationship surveys (FB-1, PM-2), in aggregate
 * only: the overall rating and the mean and count per calendar month (UTC), newest first.
 * No single answer is shown, so the party's own people cannot tell who said what.
 */
public record RelationshipResults(RelationshipRating rating, PageResponse<Period> periods) {

	/**
	 * @param period the month, e.g. {@code 2026-11}
	 */
	public record Period(String period, double average, int answers) {

	}

}
