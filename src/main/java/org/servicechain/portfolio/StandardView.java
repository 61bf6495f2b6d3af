package org.servicechain.portfolio;

import java.util.List;

/**
 * One standard of a portfolio with its criteria.
 *
 * @param evidenced criteria taking evidence that have at least one piece
 * @param takingEvidence criteria taking evidence (all but learning outcomes)
 * @param signedOff criteria the assessor signed off
 */
public record StandardView(String code, String title, List<CriterionView> criteria, int evidenced, int takingEvidence,
		int signedOff) {

	/**
	 * @return the criteria taking evidence that have none: the gaps
	 */
	public List<CriterionView> gaps() {
		return this.criteria.stream()
			.filter((c) -> c.criterion().kind().takesEvidence() && c.sufficiency().gap())
			.toList();
	}

}
