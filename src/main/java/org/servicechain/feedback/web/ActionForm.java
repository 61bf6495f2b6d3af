package org.servicechain.feedback.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionMetric;

/**
 * The form that starts an improvement action (FB-6); the target as text so a wrong number
 * is named beside its field.
 */
record ActionForm(@Nullable String title, @Nullable String owner, @Nullable ActionMetric metric,
		@Nullable UUID surveyId, @Nullable UUID serviceId, @Nullable String theme, @Nullable String target,
		@Nullable LocalDate deadline, @Nullable UUID alertId, @Nullable String links, @Nullable UUID agreementId) {

	static ActionForm empty(@Nullable UUID alertId, @Nullable String theme) {
		return new ActionForm("", "", (theme != null) ? ActionMetric.THEME_MENTIONS : ActionMetric.SURVEY_SCORE, null,
				null, theme, "", LocalDate.now().plusMonths(1), alertId, "", null);
	}

	ActionDetails toDetails() {
		Double value = null;
		if (this.target != null && !this.target.isBlank()) {
			try {
				value = Double.valueOf(this.target.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw new org.servicechain.shared.InvalidInputException("target", "number", "Give a number");
			}
		}
		return new ActionDetails((this.title != null) ? this.title : "", (this.owner != null) ? this.owner : "",
				this.metric, this.surveyId, this.serviceId, this.theme, value, this.deadline, this.alertId, this.links,
				this.agreementId);
	}

}
