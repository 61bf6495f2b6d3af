package org.servicechain.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * An improvement action as a manager starts it (FB-6): a SMART target on a metric read
 * from live data; the baseline is measured when it starts.
 *
 * @param surveyId the survey whose score is the metric
 * ({@link ActionMetric#SURVEY_SCORE})
 * @param serviceId the service whose complaints are counted
 * ({@link ActionMetric#COMPLAINT_COUNT})
 * @param theme the theme whose mentions are counted ({@link ActionMetric#THEME_MENTIONS})
 * @param agreementId the agreement whose clock compliance is measured
 * ({@link ActionMetric#CLOCK_COMPLIANCE})
 * @param alertId the theme alert behind the action, if any
 * @param links the feedback, complaints and audits behind it, as references (e.g.
 * CMP-104, REQ-1042)
 */
public record ActionDetails(String title, String owner, ActionMetric metric, @Nullable UUID surveyId,
		@Nullable UUID serviceId, @Nullable String theme, @Nullable Double target, @Nullable LocalDate deadline,
		@Nullable UUID alertId, @Nullable String links, @Nullable UUID agreementId) {

	/**
	 * An action measured by anything but clock compliance.
	 */
	public ActionDetails(String title, String owner, ActionMetric metric, @Nullable UUID surveyId,
			@Nullable UUID serviceId, @Nullable String theme, @Nullable Double target, @Nullable LocalDate deadline,
			@Nullable UUID alertId, @Nullable String links) {
		this(title, owner, metric, surveyId, serviceId, theme, target, deadline, alertId, links, null);
	}

	void validate() {
		List<FieldViolation> problems = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			problems.add(new FieldViolation("title", "required", "Say what will be done"));
		}
		else if (this.title.length() > 200) {
			problems.add(new FieldViolation("title", "length", "At most 200 characters"));
		}
		if (this.owner == null || this.owner.isBlank()) {
			problems.add(new FieldViolation("owner", "required", "Choose who owns the action"));
		}
		if (this.metric == null) {
			problems.add(new FieldViolation("metric", "required", "Choose how the action is measured"));
		}
		else if (this.metric == ActionMetric.SURVEY_SCORE && this.surveyId == null) {
			problems.add(new FieldViolation("surveyId", "required", "Choose the survey whose score is measured"));
		}
		else if (this.metric == ActionMetric.COMPLAINT_COUNT && this.serviceId == null) {
			problems
				.add(new FieldViolation("serviceId", "required", "Choose the service whose complaints are counted"));
		}
		else if (this.metric == ActionMetric.THEME_MENTIONS && (this.theme == null || this.theme.isBlank())) {
			problems.add(new FieldViolation("theme", "required", "Name the theme whose mentions are counted"));
		}
		else if (this.metric == ActionMetric.CLOCK_COMPLIANCE && this.agreementId == null) {
			problems.add(new FieldViolation("agreementId", "required",
					"Choose the agreement whose clock compliance is measured"));
		}
		if (this.target == null) {
			problems.add(new FieldViolation("target", "required", "Give the value to reach"));
		}
		if (this.deadline == null) {
			problems.add(new FieldViolation("deadline", "required", "Give the date to reach it by"));
		}
		if (this.links != null && this.links.length() > 2000) {
			problems.add(new FieldViolation("links", "length", "At most 2000 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
