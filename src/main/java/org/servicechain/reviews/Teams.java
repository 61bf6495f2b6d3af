package org.servicechain.reviews;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkView;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.NotFoundException;

/**
 * Team pages (B9 1.4; PM-1, PM-2): what an internal team is for, who is in it, what it
 * provides and consumes along the chain, and how it is doing. Staff only; the parts come
 * through their own facades, each with its own access check (objectives and 1:1s the
 * caller may not read are left out).
 */
@Service
public class Teams {

	private final ReviewAccessPolicy policy;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final Scorecards scorecards;

	private final ObjectiveManagement objectives;

	private final MeetingManagement meetings;

	Teams(ReviewAccessPolicy policy, ChainManagement chain, IdentityManagement identity, Scorecards scorecards,
			ObjectiveManagement objectives, MeetingManagement meetings) {
		this.policy = policy;
		this.chain = chain;
		this.identity = identity;
		this.scorecards = scorecards;
		this.objectives = objectives;
		this.meetings = meetings;
	}

	/**
	 * @throws NotFoundException when the party is not an internal team
	 */
	@Transactional(readOnly = true)
	public TeamView team(UUID id) {
		this.policy.requireStaff();
		PartyView team = SystemActor.call(() -> {
			try {
				return this.chain.party(id);
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
		if (team == null || team.kind() != PartyKind.INTERNAL_TEAM) {
			throw new NotFoundException("Team", id);
		}
		List<StaffMember> members = this.identity.staffDirectory()
			.stream()
			.filter((member) -> member.enabled() && id.equals(member.partyId()))
			.sorted(java.util.Comparator.comparing(StaffMember::displayName))
			.toList();
		Set<String> logins = members.stream().map(StaffMember::username).collect(Collectors.toSet());
		List<LinkView> links = this.chain.links(id, null);
		Scorecards.Period period = this.scorecards.defaultPeriod();
		return new TeamView(team.id(), team.name(), team.description(),
				members.stream()
					.map((member) -> new TeamView.Member(member.displayName(), member.role().label()))
					.toList(),
				links.stream().filter((link) -> link.providerId().equals(id)).toList(),
				links.stream().filter((link) -> link.consumerId().equals(id)).toList(), card(id, period),
				this.objectives.objectives(null, id, 0, 200).items(), this.meetings.seriesOfTeam(id, logins));
	}

	private @Nullable Scorecard card(UUID id, Scorecards.Period period) {
		try {
			return this.scorecards.scorecard(id, period.from(), period.to(), false);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
