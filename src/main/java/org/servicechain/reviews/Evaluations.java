package org.servicechain.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.NotFoundException;

/**
 * Evaluation reports and development plans of people and teams (PM-4; B9 3.4; NOS PC12),
 * on the evidence: objectives with their live progress, 1:1s (or a team's reviews) with
 * the actions agreed, and the work itself. A person's is read by that person and by
 * managers and administrators; a team's by its members and by managers and
 * administrators. To anyone else, partners and customers included, it does not exist.
 */
@Service
public class Evaluations {

	/** How far back the work evidence looks. */
	static final int DAYS = 90;

	private final ReviewAccessPolicy policy;

	private final ObjectiveManagement objectives;

	private final ObjectiveMetrics metrics;

	private final MeetingManagement meetings;

	private final Scorecards scorecards;

	private final IdentityManagement identity;

	private final ChainManagement chain;

	private final Clock clock;

	Evaluations(ReviewAccessPolicy policy, ObjectiveManagement objectives, ObjectiveMetrics metrics,
			MeetingManagement meetings, Scorecards scorecards, IdentityManagement identity, ChainManagement chain,
			Clock clock) {
		this.policy = policy;
		this.objectives = objectives;
		this.metrics = metrics;
		this.meetings = meetings;
		this.scorecards = scorecards;
		this.identity = identity;
		this.chain = chain;
		this.clock = clock;
	}

	/**
	 * @param username the person's login name
	 * @throws NotFoundException when there is no such member of staff or the caller may
	 * not read their evaluation
	 */
	@Transactional(readOnly = true)
	public Evaluation person(String username) {
		CurrentUser user = this.policy.caller();
		if (!this.policy.canReadEvaluation(user, username)) {
			throw new NotFoundException("Evaluation", username);
		}
		StaffMember member = SystemActor.call(() -> this.identity.staffDirectory()
			.stream()
			.filter((one) -> one.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Evaluation", username)));
		LocalDate to = today();
		LocalDate from = to.minusDays(DAYS - 1);
		LocalDate beforeTo = from.minusDays(1);
		LocalDate beforeFrom = beforeTo.minusDays(DAYS - 1);
		String team = (member.partyId() != null)
				? SystemActor.call(() -> this.chain.partyName(member.partyId()).orElse(null)) : null;
		List<Evaluation.WorkLine> work = new ArrayList<>();
		work.add(new Evaluation.WorkLine("Requests resolved", String.valueOf(this.metrics.resolved(username, from, to)),
				String.valueOf(this.metrics.resolved(username, beforeFrom, beforeTo))));
		work.add(new Evaluation.WorkLine("Open requests held now",
				String.valueOf(this.metrics.openHeldBy(username, null)), null));
		work.add(new Evaluation.WorkLine("Of those, overdue now",
				String.valueOf(this.metrics.openHeldBy(username, Instant.now(this.clock))), null));
		List<String> open = this.metrics.openReferences(username, 10);
		if (!open.isEmpty()) {
			work.add(new Evaluation.WorkLine("Open requests, soonest due first", String.join(", ", open), null));
		}
		List<MeetingView> held = new ArrayList<>();
		List<ActionView> actions = new ArrayList<>();
		for (SeriesView series : this.meetings.oneToOnesOf(username)) {
			held.addAll(this.meetings.heldMeetingsOf(series.id()));
			actions.addAll(this.meetings.actionsOf(series.id()));
		}
		held.sort(Comparator.comparing(MeetingView::heldOn));
		return new Evaluation(member.displayName(), "Person", member.partyId(),
				member.role().label() + ((team != null) ? " · " + team : ""), from, to,
				this.objectives.ofPerson(username), List.copyOf(work), null, List.copyOf(held), sorted(actions),
				List.of());
	}

	/**
	 * @throws NotFoundException when the party is not an internal team or the caller may
	 * not read its evaluation
	 */
	@Transactional(readOnly = true)
	public Evaluation team(UUID teamId) {
		CurrentUser user = this.policy.caller();
		if (!user.isStaff()
				|| !(user.hasRole(org.servicechain.identity.Role.ADMIN, org.servicechain.identity.Role.MANAGER)
						|| teamId.equals(user.partyId()))) {
			throw new NotFoundException("Evaluation", teamId);
		}
		PartyView team = SystemActor.call(() -> {
			try {
				return this.chain.party(teamId);
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
		if (team == null || team.kind() != PartyKind.INTERNAL_TEAM) {
			throw new NotFoundException("Evaluation", teamId);
		}
		LocalDate to = today();
		LocalDate from = to.minusDays(DAYS - 1);
		LocalDate beforeTo = from.minusDays(1);
		LocalDate beforeFrom = beforeTo.minusDays(DAYS - 1);
		List<StaffMember> members = SystemActor.call(() -> this.identity.staffDirectory()
			.stream()
			.filter((member) -> member.enabled() && teamId.equals(member.partyId()))
			.sorted(Comparator.comparing(StaffMember::displayName))
			.toList());
		List<Evaluation.WorkLine> work = new ArrayList<>();
		long now = 0;
		long before = 0;
		for (StaffMember member : members) {
			now += this.metrics.resolved(member.username(), from, to);
			before += this.metrics.resolved(member.username(), beforeFrom, beforeTo);
		}
		work.add(new Evaluation.WorkLine("Requests resolved by its members", String.valueOf(now),
				String.valueOf(before)));
		Scorecard card = SystemActor.call(() -> {
			try {
				return this.scorecards.scorecard(teamId, from, to, false);
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
		if (card != null) {
			for (Scorecard.Line line : card.measures()) {
				work.add(new Evaluation.WorkLine(line.label(), line.shown(), null));
			}
		}
		List<ObjectiveView> objectives = SystemActor
			.call(() -> this.objectives.objectives(null, teamId, 0, 200).items());
		List<MeetingView> held = new ArrayList<>();
		List<ActionView> actions = new ArrayList<>();
		for (SeriesView series : SystemActor.call(() -> this.meetings.seriesOfTeam(teamId, List.of()))) {
			held.addAll(SystemActor.call(() -> this.meetings.heldMeetingsOf(series.id())));
			actions.addAll(SystemActor.call(() -> this.meetings.actionsOf(series.id())));
		}
		held.sort(Comparator.comparing(MeetingView::heldOn));
		return new Evaluation(team.name(), "Team", team.id(), team.description(), from, to, objectives,
				List.copyOf(work), card, List.copyOf(held), sorted(actions),
				members.stream().map(StaffMember::displayName).toList());
	}

	/**
	 * @return whether the current user may read this person's evaluation (for links)
	 */
	public boolean canReadPerson(String username) {
		return CurrentUser.get().map((user) -> this.policy.canReadEvaluation(user, username)).orElse(false);
	}

	private static List<ActionView> sorted(List<ActionView> actions) {
		return actions.stream()
			.sorted(Comparator.comparing((ActionView action) -> !action.open()).thenComparing(ActionView::dueOn))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Scorecards.ZONE));
	}

}
