package org.servicechain.feedback;

/**
 * What a relationship survey asks (FB-1, PM-2): the partner rates us as someone to work
 * with, not a request it raised, so the question is the partnership's, on the survey's
 * own scale, followed by an open question. The words are stored with each invitation when
 * it is sent, so changing them here never changes what earlier answers answered.
 */
final class RelationshipWording {

	static final String COMMENT_QUESTION = "What should we start, stop or keep doing as your partner?";

	private RelationshipWording() {
	}

	static String question(SurveyKind kind) {
		return switch (kind) {
			case CSAT -> "How easy are we to work with?";
			case NPS -> "How likely are you to recommend working with us to another organisation?";
			case CES -> "How much effort does it take to work with us?";
			// Not sent as a relationship survey (RelationshipSurveys refuses it).
			case SERVQUAL -> "How well do we work with you?";
		};
	}

	/**
	 * @return what the ends of the scale mean for this question
	 */
	static String scaleEnds(SurveyKind kind) {
		return switch (kind) {
			case CSAT -> "1 = very hard to work with · 5 = very easy to work with";
			case NPS -> "0 = not at all likely · 10 = extremely likely";
			case CES -> "1 = very little effort · 7 = a great deal of effort";
			case SERVQUAL -> "1 = strongly disagree · 7 = strongly agree";
		};
	}

}
