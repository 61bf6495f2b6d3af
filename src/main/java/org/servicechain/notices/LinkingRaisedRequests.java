package org.servicechain.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestHistoryAppended;
import org.servicechain.shared.AfterCommit;

/**
 * Links a request to the running notices that affect its requester, once the request has
 * been committed (a failure here never undoes raising it). Requests raised before a
 * notice was declared are linked when it is declared.
 */
@Component
class LinkingRaisedRequests {

	private final ServiceNotices notices;

	private final AfterCommit afterCommit;

	private final Clock clock;

	LinkingRaisedRequests(ServiceNotices notices, AfterCommit afterCommit, Clock clock) {
		this.notices = notices;
		this.afterCommit = afterCommit;
		this.clock = clock;
	}

	@EventListener
	void on(RequestHistoryAppended event) {
		if (event.happenedNow((fact) -> fact.kind() == RequestEventKind.OPENED, Instant.now(this.clock))) {
			UUID requestId = event.requestId();
			this.afterCommit.run("link " + event.reference() + " to service notices",
					() -> SystemActor.run(() -> this.notices.linkRaised(requestId)));
		}
	}

}
