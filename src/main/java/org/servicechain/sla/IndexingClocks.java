package org.servicechain.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.requests.ClockSubject;
import org.servicechain.requests.RequestHistoryAppended;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.sla.ClockActions.Action;
import org.servicechain.sla.ClockDerivation.DerivedClock;
import org.servicechain.sla.ClockDerivation.RequestClocks;

/**
 * Keeps the clock index in the same transaction as each event of a request's history
 * (REQ-3): re-derives the request's clocks, stores their next instants, and writes the
 * derived due times back to the request so queues order by them.
 */
@Component
class IndexingClocks {

	private final RequestQueries requests;

	private final RequestManagement management;

	private final ClockDerivation derivation;

	private final ClockIndex index;

	private final Clock clock;

	IndexingClocks(RequestQueries requests, RequestManagement management, ClockDerivation derivation, ClockIndex index,
			Clock clock) {
		this.requests = requests;
		this.management = management;
		this.derivation = derivation;
		this.index = index;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RequestHistoryAppended appended) {
		reindex(appended.requestId(), Instant.now(this.clock));
	}

	/**
	 * Re-derives one request's clocks and stores them; in the caller's transaction.
	 * @return the clocks as derived, or {@literal null} when the request is gone
	 */
	@org.jspecify.annotations.Nullable
	RequestClocks reindex(UUID requestId, Instant now) {
		ClockSubject subject = this.requests.clockSubject(requestId).orElse(null);
		if (subject == null) {
			return null;
		}
		RequestClocks clocks = this.derivation.derive(subject, now);
		List<Action> pending = ClockActions.pending(clocks, this.index.acted(requestId));
		this.index.store(clocks, pending);
		DerivedClock first = clocks.clock(RequestClockPolicy.FIRST_RESPONSE).orElse(null);
		DerivedClock resolution = clocks.clock(RequestClockPolicy.RESOLUTION).orElse(null);
		if (first != null || resolution != null) {
			@org.jspecify.annotations.Nullable
			Instant next = null;
			if (first != null && first.state().state() == ClockState.State.RUNNING) {
				next = first.state().dueAt();
			}
			else if (resolution != null && resolution.state().state() == ClockState.State.RUNNING) {
				next = resolution.state().dueAt();
			}
			this.management.recordDueTimes(requestId, running(first), running(resolution), next);
		}
		return clocks;
	}

	/**
	 * The due time of a running clock; a paused or stopped one leaves the request's as it
	 * was.
	 */
	private static @org.jspecify.annotations.Nullable Instant running(
			@org.jspecify.annotations.Nullable DerivedClock clock) {
		return (clock != null && clock.state().state() == ClockState.State.RUNNING) ? clock.state().dueAt() : null;
	}

}
