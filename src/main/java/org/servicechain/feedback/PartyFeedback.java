package org.servicechain.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What feedback says about one party of the chain for a period, as scorecards read it
 * (PM-2): the CSAT of the requests it worked on, and the improvement actions its people
 * own.
 *
 * @param satisfiedPercent the share of CSAT answers of 4 or 5, in percent, or
 * {@literal null} when no request it worked on was answered in the period
 * @param csatAnswers how many CSAT answers that share is of
 * @param actionsOwned improvement actions its people own that had started by the end of
 * the period
 * @param actionsOpen of those, the ones still open
 * @param actionsOverdue of the open ones, those whose deadline was before the end of the
 * period
 */
public record PartyFeedback(@Nullable Double satisfiedPercent, int csatAnswers, int actionsOwned, int actionsOpen,
		int actionsOverdue) {

}
