package org.servicechain.portfolio;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One criterion of a portfolio: the line of the standard, the evidence mapped to it, how
 * sufficient that is, and the assessor's mark.
 */
public record CriterionView(Criterion criterion, List<UUID> evidence, SufficiencyView sufficiency,
		@Nullable AssessmentView assessment) {

	/**
	 * @return "Signed off", "Working towards", or "Not assessed"
	 */
	public String status() {
		return (this.assessment != null) ? this.assessment.status().label() : "Not assessed";
	}

}
