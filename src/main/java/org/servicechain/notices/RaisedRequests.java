package org.servicechain.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestSummary;
import org.servicechain.requests.RequestView;
import org.servicechain.shared.NotFoundException;

/**
 * The requests a notice links to, read from the requests module as the system: what a
 * link shows is kept with the link, and who may see it is decided by the notice's own
 * policy (staff, or the requester's own party).
 */
@Component
class RaisedRequests {

	/** How many of an affected party's latest requests are looked at when declaring. */
	static final int LOOK_BACK = 100;

	private final RequestQueries requests;

	RaisedRequests(RequestQueries requests) {
		this.requests = requests;
	}

	record Raised(UUID id, String reference, UUID requesterId, String summary, Instant openedAt) {

	}

	Optional<Raised> request(UUID id) {
		try {
			RequestView request = SystemActor.call(() -> this.requests.request(id));
			return Optional.of(new Raised(request.id(), request.reference(), request.requesterId(), request.summary(),
					request.openedAt()));
		}
		catch (NotFoundException | AccessDeniedException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @return the requests the parties raised from {@code from} until {@code to}
	 */
	List<Raised> since(Instant from, Instant to, List<UUID> partyIds) {
		List<Raised> found = new ArrayList<>();
		for (UUID party : partyIds) {
			RequestFilter latest = new RequestFilter(null, null, null, null, party, null, null, null, null, null, null,
					null, "-opened");
			for (RequestSummary request : SystemActor.call(() -> this.requests.list(latest, 0, LOOK_BACK)).items()) {
				if (!request.openedAt().isBefore(from) && !request.openedAt().isAfter(to)) {
					found.add(new Raised(request.id(), request.reference(), request.requesterId(), request.summary(),
							request.openedAt()));
				}
			}
		}
		return found;
	}

}
