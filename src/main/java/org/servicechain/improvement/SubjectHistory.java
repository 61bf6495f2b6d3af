package org.servicechain.improvement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A subject's audits over time (FB-7): every audit the caller may see, newest first, and
 * the scores of the completed ones, oldest first, for a trend.
 */
public record SubjectHistory(String subjectKey, String subjectName, List<AuditSummary> audits, List<Point> scores,
		@Nullable Double latest, @Nullable Double average) {

	/**
	 * One completed audit's score.
	 */
	public record Point(String reference, java.time.LocalDate completedOn, String templateName, double score) {

	}

}
