package org.servicechain.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * A survey as a manager designs it (FB-1).
 *
 * @param serviceId the service whose resolved requests are surveyed; {@literal null} for
 * every service
 * @param samplingPercent the share of resolved requests surveyed, 1 … 100
 * @param quietDays no customer is surveyed twice within this many days
 * @param validDays how long a link can be answered
 */
public record SurveyDetails(String name, SurveyKind kind, String question, String commentQuestion,
		@Nullable UUID serviceId, RequesterScope requesterScope, int samplingPercent, int quietDays, int validDays,
		boolean active) {

	void validate() {
		List<FieldViolation> problems = new ArrayList<>();
		if (this.name == null || this.name.isBlank()) {
			problems.add(new FieldViolation("name", "required", "Give the survey a name"));
		}
		else if (this.name.length() > 200) {
			problems.add(new FieldViolation("name", "length", "At most 200 characters"));
		}
		if (this.kind == null) {
			problems.add(new FieldViolation("kind", "required", "Choose the kind of survey"));
		}
		if (this.question == null || this.question.isBlank()) {
			problems.add(new FieldViolation("question", "required", "Write the question customers answer"));
		}
		else if (this.question.length() > 500) {
			problems.add(new FieldViolation("question", "length", "At most 500 characters"));
		}
		if (this.commentQuestion == null || this.commentQuestion.isBlank()) {
			problems.add(new FieldViolation("commentQuestion", "required", "Write the open question after the score"));
		}
		else if (this.commentQuestion.length() > 500) {
			problems.add(new FieldViolation("commentQuestion", "length", "At most 500 characters"));
		}
		if (this.requesterScope == null) {
			problems.add(new FieldViolation("requesterScope", "required", "Choose which requesters are surveyed"));
		}
		if (this.samplingPercent < 1 || this.samplingPercent > 100) {
			problems.add(new FieldViolation("samplingPercent", "range", "Between 1 and 100 percent"));
		}
		if (this.quietDays < 0 || this.quietDays > 365) {
			problems.add(new FieldViolation("quietDays", "range", "Between 0 and 365 days"));
		}
		if (this.validDays < 1 || this.validDays > 90) {
			problems.add(new FieldViolation("validDays", "range", "Between 1 and 90 days"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
