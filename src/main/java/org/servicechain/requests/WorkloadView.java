package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

/**
 * Work at a glance (REQ-5; B10 1.3): open and due-soon items per person and per team.
 */
public record WorkloadView(List<PersonLoad> people, List<TeamLoad> teams, int dueSoonHours) {

	/**
	 * @param openItems requests and tasks held
	 */
	public record PersonLoad(String username, String displayName, String team, long openItems, long dueSoon) {

	}

	public record TeamLoad(UUID teamId, String name, long openRequests, long openTasks, long dueSoon, long overdue,
			long unassigned) {

	}

}
