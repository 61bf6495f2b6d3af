package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An evaluation report and development plan of a person or a team (PM-4; B9 3.4), built
 * from the evidence each time it is asked for: objectives and their progress measured
 * from the data, the 1:1s (or the team's reviews) with what was agreed, and the work
 * itself over the last 90 days against the 90 before.
 *
 * @param subject the person's display name or the team's name
 * @param about "Person" or "Team"
 * @param context the person's role and team, or the team's purpose
 * @param work the work evidence, each line a figure in words
 * @param scorecard the team's card over the period (a team only)
 * @param meetings the held 1:1s (or team reviews), oldest first, with their actions
 * @param agreedActions every action agreed in them, open ones first, then by due date:
 * the development plan's commitments
 */
public record Evaluation(String subject, String about, @Nullable UUID teamId, @Nullable String context, LocalDate from,
		LocalDate to, List<ObjectiveView> objectives, List<WorkLine> work, @Nullable Scorecard scorecard,
		List<MeetingView> meetings, List<ActionView> agreedActions, List<String> members) {

	/**
	 * One figure of the work evidence: what, this period, the period before.
	 */
	public record WorkLine(String label, String now, @Nullable String before) {

	}

}
