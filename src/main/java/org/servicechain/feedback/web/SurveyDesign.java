package org.servicechain.feedback.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.RequesterScope;
import org.servicechain.feedback.SurveyDetails;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.SurveyView;

/**
 * The survey design form: what a manager types, numbers as text so that a wrong one is
 * named beside its field instead of failing the page.
 */
record SurveyDesign(@Nullable String name, @Nullable SurveyKind kind, @Nullable String question,
		@Nullable String commentQuestion, @Nullable UUID serviceId, @Nullable RequesterScope requesterScope,
		@Nullable String samplingPercent, @Nullable String quietDays, @Nullable String validDays,
		@Nullable Boolean active) {

	static SurveyDesign empty() {
		return new SurveyDesign("", SurveyKind.CSAT, "How satisfied are you with how we handled your request?",
				"What is the main reason for your score?", null, RequesterScope.ANY, "100", "30", "14", true);
	}

	static SurveyDesign of(SurveyView survey) {
		return new SurveyDesign(survey.name(), survey.kind(), survey.question(), survey.commentQuestion(),
				survey.serviceId(), survey.requesterScope(), String.valueOf(survey.samplingPercent()),
				String.valueOf(survey.quietDays()), String.valueOf(survey.validDays()), survey.active());
	}

	SurveyDetails toDetails() {
		return new SurveyDetails(orEmpty(this.name), this.kind, orEmpty(this.question), orEmpty(this.commentQuestion),
				this.serviceId, this.requesterScope, number(this.samplingPercent), number(this.quietDays),
				number(this.validDays), Boolean.TRUE.equals(this.active));
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	/**
	 * @return the number, or -1 for anything that is not one (refused by the range rule)
	 */
	private static int number(@Nullable String text) {
		try {
			return (text == null) ? -1 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
