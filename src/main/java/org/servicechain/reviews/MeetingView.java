package org.servicechain.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as its participants see it (PM-3): the agenda, minutes and decisions; the
 * actions carried forward from earlier meetings of the series and those raised here; the
 * comments on the minutes; and the evidence behind the agenda as it stands today (the
 * party's scorecard for the period, its agreements and which are due for review, the
 * person's objectives).
 *
 * @param carriedForward actions raised in earlier meetings that were still open when this
 * one was held (or are open now, for a planned meeting)
 * @param raisedHere actions agreed in this meeting
 */
public record MeetingView(UUID id, long version, UUID seriesId, String seriesTitle, MeetingKind kind, Cadence cadence,
		@Nullable UUID partyId, @Nullable String partyName, @Nullable String personName, @Nullable String managerName,
		LocalDate heldOn, LocalDate periodFrom, LocalDate periodTo, MeetingStatus status, String agenda, String minutes,
		String decisions, List<ActionView> carriedForward, List<ActionView> raisedHere, List<Comment> comments,
		@Nullable ScoreLine score, List<AgreementLine> agreements, List<ObjectiveView> objectives) {

	/**
	 * @return the agenda's items, one a line
	 */
	public List<String> agendaLines() {
		return this.agenda.lines().filter((line) -> !line.isBlank()).toList();
	}

	/**
	 * A remark on the minutes: who (display name) and for which side.
	 */
	public record Comment(UUID id, String author, String side, String text, Instant at) {

	}

	/**
	 * The party's scorecard for the meeting's period, in brief.
	 */
	public record ScoreLine(@Nullable Integer score, String verdict, @Nullable Integer previousScore,
			List<String> failedCritical, int attributedBreaches, List<String> attributedReferences) {

	}

	/**
	 * An agreement of the party: a change to it can be proposed from the meeting.
	 *
	 * @param dueForReview its review date falls before the next meeting, or it is under
	 * review already
	 */
	public record AgreementLine(UUID id, String reference, String title, String status, @Nullable LocalDate reviewOn,
			boolean dueForReview) {

	}

}
