package org.servicechain.improvement.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.shared.InvalidInputException;

/**
 * The form that raises an improvement action from a finding: the same fields as the
 * feedback module's action form, so the manager chooses the metric and the target; the
 * link to the audit and finding is added by the facade.
 */
record ActionForm(@Nullable String title, @Nullable String owner, @Nullable ActionMetric metric,
		@Nullable UUID surveyId, @Nullable UUID serviceId, @Nullable String theme, @Nullable String target,
		@Nullable LocalDate deadline, @Nullable String links, @Nullable UUID agreementId) {

	static ActionForm from(String findingText) {
		String title = (findingText.length() > 120) ? findingText.substring(0, 117) + "…" : findingText;
		return new ActionForm("Fix: " + title, "", null, null, null, null, "", LocalDate.now().plusMonths(1), "", null);
	}

	ActionDetails toDetails() {
		Double value = null;
		if (this.target != null && !this.target.isBlank()) {
			try {
				value = Double.valueOf(this.target.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("target", "number", "Give a number");
			}
		}
		return new ActionDetails((this.title != null) ? this.title : "", (this.owner != null) ? this.owner : "",
				this.metric, this.surveyId, this.serviceId, this.theme, value, this.deadline, null, this.links,
				this.agreementId);
	}

}
