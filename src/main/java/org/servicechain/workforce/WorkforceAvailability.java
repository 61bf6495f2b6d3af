package org.servicechain.workforce;

import java.time.Instant;

import org.springframework.stereotype.Component;

import org.servicechain.requests.Availability;

/**
 * Tells automatic assignment (requests) who can take work now (WF-1; B10 1.3): nobody on
 * an approved absence, nobody outside the hours of their working pattern.
 */
@Component
class WorkforceAvailability implements Availability {

	private final WorkforceManagement workforce;

	WorkforceAvailability(WorkforceManagement workforce) {
		this.workforce = workforce;
	}

	@Override
	public boolean isAvailable(String username, Instant at) {
		return this.workforce.isAvailable(username, at);
	}

}
