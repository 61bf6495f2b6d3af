package org.servicechain.requests;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), its requests become the survivor's.
 * A plain listener, so it runs inside the merge's transaction: if anything fails, no
 * request has moved. The requests are changed as entities, so the search index follows.
 */
@Component
class MovingMergedRequesters {

	private final ServiceRequests requests;

	MovingMergedRequesters(ServiceRequests requests) {
		this.requests = requests;
	}

	@EventListener
	void on(PartiesMerged merged) {
		this.requests.findByRequesterId(merged.from()).forEach((request) -> request.moveRequester(merged.into()));
		this.requests.flush();
	}

}
