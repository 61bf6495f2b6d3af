package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementStatus;
import org.servicechain.agreements.AgreementView;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.NotFoundException;

/**
 * What a meeting's agenda and page are drawn from (PM-3): the party's scorecard for the
 * period, its agreements and which are due for review, the person's open work and
 * objectives. Everything is read as the system through the owning modules' facades, after
 * the reviews policy has let the caller see the meeting.
 */
@Component
class MeetingEvidence {

	private final Scorecards scorecards;

	private final AgreementManagement agreements;

	private final ObjectiveMetrics metrics;

	private final ObjectiveManagement objectives;

	private final IdentityManagement identity;

	private final org.servicechain.chain.ChainManagement chain;

	private final java.time.Clock clock;

	MeetingEvidence(Scorecards scorecards, AgreementManagement agreements, ObjectiveMetrics metrics,
			ObjectiveManagement objectives, IdentityManagement identity, org.servicechain.chain.ChainManagement chain,
			java.time.Clock clock) {
		this.clock = clock;
		this.scorecards = scorecards;
		this.agreements = agreements;
		this.metrics = metrics;
		this.objectives = objectives;
		this.identity = identity;
		this.chain = chain;
	}

	@Nullable String partyName(@Nullable UUID partyId) {
		return (partyId != null) ? this.chain.partyName(partyId).orElse("(removed party)") : null;
	}

	@Nullable String personName(@Nullable String username) {
		return (username != null) ? this.identity.displayNameOf(username).orElse("(former member of staff)") : null;
	}

	/**
	 * @return the party's card for the period, or null when the party has none (a
	 * customer, or a party that provides nothing)
	 */
	@Nullable Scorecard card(UUID partyId, LocalDate from, LocalDate to) {
		return SystemActor.call(() -> {
			try {
				return this.scorecards.scorecard(partyId, from, to);
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
	}

	static MeetingView.@Nullable ScoreLine scoreLine(@Nullable Scorecard card) {
		if (card == null) {
			return null;
		}
		Integer previous = card.trend().isEmpty() ? null : card.trend().get(card.trend().size() - 1).score();
		return new MeetingView.ScoreLine(card.score(), card.verdict().label(), previous, card.failedCritical(),
				card.evidence().attributedBreaches(), card.evidence().attributedReferences());
	}

	static AgendaDraft.@Nullable Card agendaCard(@Nullable Scorecard card) {
		if (card == null) {
			return null;
		}
		Integer previous = card.trend().isEmpty() ? null : card.trend().get(card.trend().size() - 1).score();
		return new AgendaDraft.Card(card.score(), card.verdict().label(), previous, card.failedCritical(),
				card.measures()
					.stream()
					.filter((line) -> line.value() != null && !line.met())
					.map((line) -> line.label() + ": " + line.shown() + ", " + line.thresholdShown())
					.toList(),
				card.evidence().attributedBreaches(), card.evidence().attributedReferences(),
				card.evidence().complaints());
	}

	/**
	 * @param nextMeeting reviews falling before this day are due for discussion now
	 * @return the party's agreements in force or under negotiation, those due for review
	 * marked
	 */
	List<MeetingView.AgreementLine> agreements(UUID partyId, LocalDate nextMeeting) {
		return SystemActor.call(() -> this.agreements.agreements(null)
			.stream()
			.filter((agreement) -> agreement.providerId().equals(partyId) || agreement.consumerId().equals(partyId))
			.filter((agreement) -> agreement.status().inForce() || agreement.status().negotiating())
			.map((agreement) -> new MeetingView.AgreementLine(agreement.id(), agreement.reference(), agreement.title(),
					agreement.status().label(), agreement.reviewOn(), dueForReview(agreement, nextMeeting)))
			.toList());
	}

	private static boolean dueForReview(AgreementView agreement, LocalDate nextMeeting) {
		return agreement.status() == AgreementStatus.UNDER_REVIEW
				|| (agreement.reviewOn() != null && agreement.reviewOn().isBefore(nextMeeting));
	}

	List<ObjectiveView> objectivesOf(@Nullable String person) {
		return (person != null) ? this.objectives.ofPerson(person) : List.of();
	}

	/**
	 * Drafts the agenda of a meeting of the series from the evidence as it stands.
	 */
	List<String> draft(MeetingSeries series, LocalDate heldOn, LocalDate from, LocalDate to,
			List<AgendaDraft.OpenAction> open) {
		if (series.getKind() == MeetingKind.PARTNER_REVIEW) {
			UUID party = java.util.Objects.requireNonNull(series.getPartyId());
			List<AgendaDraft.DueAgreement> due = agreements(party, series.getCadence().after(heldOn)).stream()
				.filter(MeetingView.AgreementLine::dueForReview)
				.map((line) -> new AgendaDraft.DueAgreement(line.reference(), line.title(), line.reviewOn(),
						"Under review".equals(line.status())))
				.toList();
			return AgendaDraft.partnerReview(java.util.Objects.requireNonNull(partyName(party)), from, to,
					agendaCard(card(party, from, to)), open, due, heldOn);
		}
		String person = java.util.Objects.requireNonNull(series.getPerson());
		List<AgendaDraft.ObjectiveLine> objectives = objectivesOf(person).stream()
			.map((objective) -> new AgendaDraft.ObjectiveLine(objective.specific(),
					objective.progress().status().label(), objective.progress().percent(), objective.deadline()))
			.toList();
		java.time.Instant now = java.time.Instant.now(this.clock);
		return AgendaDraft.oneToOne(java.util.Objects.requireNonNull(personName(person)),
				this.metrics.openHeldBy(person, null), this.metrics.openHeldBy(person, now),
				this.metrics.openReferences(person, AgendaDraft.MAX_REFERENCES),
				this.metrics.resolved(person, from, to), from, to, objectives, open, heldOn);
	}

}
