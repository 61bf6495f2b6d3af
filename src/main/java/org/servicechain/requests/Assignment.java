package org.servicechain.requests;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;

/**
 * Who works which team's queue, and automatic assignment among them (REQ-5). A team's
 * workers are its own internal team members and the staff whose profile names the team.
 */
@Component
class Assignment {

	private final AgentProfiles profiles;

	private final ServiceRequests requests;

	private final ChainTasks tasks;

	private final List<Availability> availability;

	Assignment(AgentProfiles profiles, ServiceRequests requests, ChainTasks tasks, List<Availability> availability) {
		this.profiles = profiles;
		this.requests = requests;
		this.tasks = tasks;
		this.availability = availability;
	}

	/**
	 * @return the people who work a team's queue.
	 */
	List<StaffMember> workersOf(UUID teamId, People.Directory people) {
		Map<String, AgentProfile> byUser = profilesByUser();
		return people.members()
			.stream()
			.filter(StaffMember::enabled)
			.filter((member) -> (member.role() == Role.TEAM_MEMBER && teamId.equals(member.partyId()))
					|| (byUser.containsKey(member.username())
							&& teamId.equals(byUser.get(member.username()).getTeamId())))
			.toList();
	}

	/**
	 * @return whether the person works the team's queue and may hold its work.
	 */
	boolean mayHold(String username, UUID teamId, People.Directory people) {
		StaffMember member = people.member(username);
		if (member == null || !member.enabled()) {
			return false;
		}
		return member.role() != Role.TEAM_MEMBER || teamId.equals(member.partyId());
	}

	Optional<String> choose(UUID teamId, UUID serviceId, @org.jspecify.annotations.Nullable String category,
			People.Directory people, Instant now) {
		Map<String, AgentProfile> byUser = profilesByUser();
		Map<String, Long> load = openItemsByAssignee(now);
		List<AutoAssignmentPolicy.Candidate> candidates = workersOf(teamId, people).stream().map((member) -> {
			AgentProfile profile = byUser.get(member.username());
			return new AutoAssignmentPolicy.Candidate(member.username(), profile == null || profile.isAutoAssign(),
					available(member.username(), now), profile != null ? profile.skillServices() : Set.of(),
					profile != null ? profile.skillCategories() : Set.of(), load.getOrDefault(member.username(), 0L));
		}).toList();
		return AutoAssignmentPolicy.choose(candidates, serviceId, category);
	}

	Map<String, Long> openItemsByAssignee(Instant now) {
		Map<String, Long> load = new HashMap<>();
		for (Object[] row : this.requests.workloadByAssignee(Queues.ACTIVE, now)) {
			load.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
		}
		for (Object[] row : this.tasks.workloadByAssignee(Queues.ACTIVE_TASKS)) {
			load.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
		}
		return load;
	}

	private boolean available(String username, Instant now) {
		return this.availability.stream().allMatch((check) -> check.isAvailable(username, now));
	}

	private Map<String, AgentProfile> profilesByUser() {
		Map<String, AgentProfile> byUser = new HashMap<>();
		this.profiles.findAll().forEach((profile) -> byUser.put(profile.getUsername(), profile));
		return byUser;
	}

}
