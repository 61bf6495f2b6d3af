package org.servicechain.feedback;

/**
 * The five RATER dimensions of service quality a SERVQUAL survey asks about (FB-1, FB-3),
 * in the order the survey asks them, each with the short standard wording of its
 * expectation and perception statements. Respondents agree or disagree with each
 * statement on the classic SERVQUAL scale, 1 (strongly disagree) to 7 (strongly agree);
 * the dimensions are fixed so that gaps stay comparable between surveys and over time.
 */
public enum ServqualDimension {

	RELIABILITY("Reliability", "Doing what was promised, dependably and accurately",
			"An excellent service does what it promises, dependably and accurately.",
			"This service did what it promised, dependably and accurately."),

	ASSURANCE("Assurance", "Knowledgeable, courteous staff who inspire trust and confidence",
			"In an excellent service, staff are knowledgeable and courteous and inspire trust and confidence.",
			"The staff of this service were knowledgeable and courteous and inspired trust and confidence."),

	TANGIBLES("Tangibles", "Tools, equipment, materials and appearance",
			"An excellent service has modern, clear tools, equipment and materials and a professional appearance.",
			"This service's tools, equipment and materials were modern and clear, and it looked professional."),

	EMPATHY("Empathy", "Caring, individual attention",
			"An excellent service gives each customer caring, individual attention.",
			"This service gave you caring, individual attention."),

	RESPONSIVENESS("Responsiveness", "Willingness to help and prompt service",
			"In an excellent service, staff are always willing to help and serve customers promptly.",
			"The staff of this service were willing to help and served you promptly.");

	/** The lowest point of the scale: strongly disagree. */
	public static final int MIN = 1;

	/** The highest point of the scale: strongly agree. */
	public static final int MAX = 7;

	private final String label;

	private final String meaning;

	private final String expectation;

	private final String perception;

	ServqualDimension(String label, String meaning, String expectation, String perception) {
		this.label = label;
		this.meaning = meaning;
		this.expectation = expectation;
		this.perception = perception;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return what the dimension covers, in a few words
	 */
	public String meaning() {
		return this.meaning;
	}

	/**
	 * @return the statement about an excellent service, which measures expectation
	 */
	public String expectation() {
		return this.expectation;
	}

	/**
	 * @return the statement about this service, which measures perception
	 */
	public String perception() {
		return this.perception;
	}

	/**
	 * @return the form field of this dimension's expectation, e.g.
	 * {@code reliability.expectation}
	 */
	public String expectationField() {
		return key() + ".expectation";
	}

	/**
	 * @return the form field of this dimension's perception, e.g.
	 * {@code reliability.perception}
	 */
	public String perceptionField() {
		return key() + ".perception";
	}

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
