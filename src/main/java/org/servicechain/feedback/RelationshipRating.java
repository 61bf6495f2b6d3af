package org.servicechain.feedback;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a party of the chain rates us (FB-1, PM-2): the mean of its people's answers to
 * relationship surveys. Shown beside the party's scorecard, never as one of its measures:
 * it is about us, not about them. Only answers on the scale of the survey sent last are
 * averaged, so a 1–5 and a 0–10 answer are never mixed.
 *
 * @param kind the scale of the survey sent last
 * @param average the mean answer on that scale, or {@literal null} before any answer
 * @param answers the answers averaged
 * @param comments the answers (on any scale) that came with a comment; the comments
 * themselves are listed by {@link RelationshipSurveys#comments}
 * @param invited the people asked, on any survey
 * @param lastSentAt when the party was last asked
 */
public record RelationshipRating(UUID partyId, String partyName, SurveyKind kind, @Nullable Double average, int answers,
		int comments, int invited, @Nullable Instant lastSentAt) {

	/**
	 * @return e.g. "4.2 / 5 from 6 answers", or "no answers yet"
	 */
	public String text() {
		if (this.average == null) {
			return "no answers yet";
		}
		return String.format(Locale.ROOT, "%.1f / %d from %d %s", this.average, this.kind.max(), this.answers,
				(this.answers == 1) ? "answer" : "answers");
	}

	/**
	 * @return e.g. "3 comments", "1 comment", "no comments"
	 */
	public String commentsText() {
		return switch (this.comments) {
			case 0 -> "no comments";
			case 1 -> "1 comment";
			default -> this.comments + " comments";
		};
	}

}
