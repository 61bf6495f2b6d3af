package org.servicechain.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How survey answers are summed up, whether a resolved request is surveyed, and how the
 * sentiment of a text is read (FB-1, FB-3).
 */
class FeedbackScoringUnitTests {

	static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Test
	void csatIsTheShareOfFoursAndFives() {
		assertThat(SurveyScoring.score(SurveyKind.CSAT, List.of(5, 4, 3, 1))).isEqualTo(50.0);
		assertThat(SurveyScoring.text(SurveyKind.CSAT, 50.0)).isEqualTo("50 % satisfied");
	}

	@Test
	void npsIsPromotersMinusDetractors() {
		// two promoters, one passive, two detractors of five: (2 - 2) / 5
		assertThat(SurveyScoring.score(SurveyKind.NPS, List.of(10, 9, 8, 6, 0))).isEqualTo(0.0);
		assertThat(SurveyScoring.score(SurveyKind.NPS, List.of(10, 10, 10, 6))).isEqualTo(50.0);
		assertThat(SurveyScoring.text(SurveyKind.NPS, 50.0)).isEqualTo("NPS +50");
	}

	@Test
	void cesIsTheMeanEffort() {
		assertThat(SurveyScoring.score(SurveyKind.CES, List.of(1, 2, 4))).isEqualTo(2.3);
		assertThat(SurveyKind.CES.higherIsBetter()).isFalse();
	}

	@Test
	void noAnswersHaveNoScore() {
		assertThat(SurveyScoring.score(SurveyKind.CSAT, List.of())).isNull();
		assertThat(SurveyScoring.text(SurveyKind.CSAT, null)).isEqualTo("no answers");
	}

	@Test
	void scalesAcceptOnlyTheirOwnScores() {
		assertThat(SurveyKind.CSAT.accepts(0)).isFalse();
		assertThat(SurveyKind.CSAT.accepts(5)).isTrue();
		assertThat(SurveyKind.NPS.accepts(0)).isTrue();
		assertThat(SurveyKind.NPS.accepts(11)).isFalse();
		assertThat(SurveyKind.CES.scale()).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void anUnsubscribedCustomerIsNeverSurveyed() {
		assertThat(SamplingPolicy.decide(true, null, 30, 100, 0.0, NOW)).isEqualTo(SamplingPolicy.Outcome.UNSUBSCRIBED);
	}

	@Test
	void aCustomerIsLeftAloneDuringTheQuietPeriod() {
		assertThat(SamplingPolicy.decide(false, NOW.minus(Duration.ofDays(29)), 30, 100, 0.0, NOW))
			.isEqualTo(SamplingPolicy.Outcome.QUIET_PERIOD);
		assertThat(SamplingPolicy.decide(false, NOW.minus(Duration.ofDays(30)), 30, 100, 0.0, NOW))
			.isEqualTo(SamplingPolicy.Outcome.SURVEY);
	}

	@Test
	void theDrawDecidesWithinTheSamplingRate() {
		assertThat(SamplingPolicy.decide(false, null, 30, 25, 0.24, NOW)).isEqualTo(SamplingPolicy.Outcome.SURVEY);
		assertThat(SamplingPolicy.decide(false, null, 30, 25, 0.25, NOW)).isEqualTo(SamplingPolicy.Outcome.NOT_SAMPLED);
		assertThat(SamplingPolicy.decide(false, null, 30, 100, 0.999, NOW)).isEqualTo(SamplingPolicy.Outcome.SURVEY);
	}

	@Test
	void readsPraiseAsPositiveAndComplaintsAsNegative() {
		Sentiment.Reading praise = Sentiment.english().read("Brilliant service, the driver was so helpful!");
		assertThat(praise.tone()).isEqualTo(Sentiment.Tone.POSITIVE);
		assertThat(praise.positive()).contains("brilliant", "helpful");
		Sentiment.Reading complaint = Sentiment.english().read("Late again. Terrible, nobody called me back.");
		assertThat(complaint.tone()).isEqualTo(Sentiment.Tone.NEGATIVE);
		assertThat(complaint.negative()).contains("terrible");
	}

	@Test
	void aNegatorFlipsTheNextWord() {
		assertThat(Sentiment.english().read("good").score()).isPositive();
		assertThat(Sentiment.english().read("not good").score()).isNegative();
		assertThat(Sentiment.english().read("It wasn't bad at all").score()).isPositive();
	}

	@Test
	void textWithoutScoredWordsIsNeutral() {
		Sentiment.Reading reading = Sentiment.english().read("The parcel came on Tuesday");
		assertThat(reading.score()).isZero();
		assertThat(reading.tone()).isEqualTo(Sentiment.Tone.NEUTRAL);
		assertThat(Sentiment.english().read("").comparative()).isZero();
	}

	@Test
	void aTextMentionsAThemeWhenItHasEveryWordOrItsStem() {
		assertThat(ImprovementManagement.mentions("Deliveries were late again", "late delivery")).isTrue();
		assertThat(ImprovementManagement.mentions("The delivery came on time", "late delivery")).isFalse();
		assertThat(ImprovementManagement.mentions("Anything", " ")).isFalse();
	}

}
