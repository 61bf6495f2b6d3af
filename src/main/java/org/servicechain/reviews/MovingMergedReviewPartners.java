package org.servicechain.reviews;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.MergedPartyRows;
import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), its review meeting series, the
 * meetings held in them, its objectives and its scorecard disputes become the survivor's,
 * inside the merge's transaction (a plain listener), so a failure moves none. Moved and
 * audited by chain's {@link MergedPartyRows}.
 */
@Component
class MovingMergedReviewPartners {

	private final MergedPartyRows rows;

	MovingMergedReviewPartners(MergedPartyRows rows) {
		this.rows = rows;
	}

	@EventListener
	void on(PartiesMerged merged) {
		this.rows.move(merged, "review_meeting_series", "Meeting series");
		this.rows.move(merged, "review_meeting", "Meeting");
		this.rows.move(merged, "review_objective", "Objective");
		this.rows.move(merged, "review_dispute", "Scorecard dispute");
	}

}
