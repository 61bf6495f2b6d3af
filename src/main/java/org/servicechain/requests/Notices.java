package org.servicechain.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Leaves notices for the people who must act (REQ-6, in-app until the notify module
 * brings mail): written in the transaction of what they tell about.
 */
@Component
class Notices {

	private final RequestNotices notices;

	private final Clock clock;

	Notices(RequestNotices notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	void tell(String username, ServiceRequest request, String message) {
		tellAbout(username, request.getId(), message);
	}

	void tellAbout(String username, UUID requestId, String message) {
		this.notices.save(new RequestNotice(username, requestId, message, Instant.now(this.clock)));
	}

}
