package org.servicechain.feedback;

/**
 * The kinds of survey (FB-1), each with its answer scale and how a set of answers is
 * summed up in one number.
 */
public enum SurveyKind {

	/** Customer satisfaction, 1 to 5; the score is the share of 4s and 5s, in percent. */
	CSAT("Satisfaction (CSAT)", 1, 5),
	/**
	 * Net promoter score, 0 to 10; the score is % promoters (9–10) − % detractors (0–6).
	 */
	NPS("Net promoter score (NPS)", 0, 10),
	/** Customer effort, 1 (very easy) to 7 (very hard); the score is the mean. */
	CES("Customer effort (CES)", 1, 7),
	/**
	 * Service quality (SERVQUAL): for each RATER dimension ({@link ServqualDimension}),
	 * expectation and perception, each 1 (strongly disagree) to 7 (strongly agree); the
	 * score is the mean of the five gaps, perception − expectation, so negative means the
	 * service falls short of expectation. An answer's score is the sum of its five gaps.
	 */
	SERVQUAL("Service quality gaps (SERVQUAL)", 1, 7);

	private final String label;

	private final int min;

	private final int max;

	SurveyKind(String label, int min, int max) {
		this.label = label;
		this.min = min;
		this.max = max;
	}

	public String label() {
		return this.label;
	}

	public int min() {
		return this.min;
	}

	public int max() {
		return this.max;
	}

	/**
	 * @return whether an answer is ten statements, expectation and perception per RATER
	 * dimension, rather than one score
	 */
	public boolean servqual() {
		return this == SERVQUAL;
	}

	/**
	 * @return whether one score on the kind's scale is a whole answer (not so for
	 * SERVQUAL, whose answer is ten statements)
	 */
	public boolean accepts(int score) {
		if (this == SERVQUAL) {
			return false;
		}
		return score >= this.min && score <= this.max;
	}

	/**
	 * @return whether a higher score is better (not so for effort)
	 */
	public boolean higherIsBetter() {
		return this != CES;
	}

	public java.util.List<Integer> scale() {
		return java.util.stream.IntStream.rangeClosed(this.min, this.max).boxed().toList();
	}

}
