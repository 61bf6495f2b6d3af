package org.servicechain.notices;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.MergedPartyRows;
import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), the service notices that name it
 * (the party the work is at, or one found affected) name the survivor, so the survivor's
 * people see them in the portal; inside the merge's transaction (a plain listener), so a
 * failure moves none. Not chain's {@code MergedPartyRows}: the affected parties are an
 * element collection without a version of its own, where the survivor may already be
 * named, so each notice is changed as an entity (its version goes up) and audited once,
 * naming both parties. The requests linked to a notice follow their requester, as the
 * requests themselves do; the record of who was told stays as it happened.
 */
@Component
class MovingMergedNoticeParties {

	private final NoticeRecords notices;

	private final LinkedRequests linked;

	private final MergedPartyRows rows;

	MovingMergedNoticeParties(NoticeRecords notices, LinkedRequests linked, MergedPartyRows rows) {
		this.notices = notices;
		this.linked = linked;
		this.rows = rows;
	}

	@EventListener
	void on(PartiesMerged merged) {
		for (ServiceNotice notice : this.notices.findNaming(merged.from())) {
			if (notice.moveParty(merged.from(), merged.into(), merged.intoName())) {
				this.notices.saveAndFlush(notice);
				this.rows.audit(merged, ServiceNotices.ENTITY, notice.getId(), notice.getVersion());
			}
		}
		this.linked.findByRequesterId(merged.from()).forEach((link) -> link.moveRequester(merged.into()));
		this.linked.flush();
	}

}
