package org.servicechain.feedback;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The SERVQUAL arithmetic (FB-3): the gap per RATER dimension is the mean of perception −
 * expectation, the overall score the mean of the five gaps, the largest shortfall the
 * most negative gap; and the invitation's score (the sum of an answer's gaps) gives the
 * same overall score, so trends and reports agree with the gap table.
 */
class ServqualUnitTests {

	// Order: reliability, assurance, tangibles, empathy, responsiveness.
	static final ServqualAnswer FIRST = ServqualAnswer.of(new int[] { 7, 6, 5, 6, 7 }, new int[] { 5, 6, 6, 5, 3 });

	static final ServqualAnswer SECOND = ServqualAnswer.of(new int[] { 6, 6, 4, 5, 7 }, new int[] { 6, 5, 6, 5, 4 });

	@Test
	void theGapOfADimensionIsTheMeanOfPerceptionMinusExpectation() {
		ServqualGaps gaps = ServqualGaps.of(List.of(FIRST, SECOND));
		assertThat(gaps.answers()).isEqualTo(2);
		Map<ServqualDimension, ServqualGaps.Gap> by = byDimension(gaps);
		assertThat(by.get(ServqualDimension.RELIABILITY).gap()).isEqualTo(-1.0);
		assertThat(by.get(ServqualDimension.RELIABILITY).expectation()).isEqualTo(6.5);
		assertThat(by.get(ServqualDimension.RELIABILITY).perception()).isEqualTo(5.5);
		assertThat(by.get(ServqualDimension.ASSURANCE).gap()).isEqualTo(-0.5);
		assertThat(by.get(ServqualDimension.TANGIBLES).gap()).isEqualTo(1.5);
		assertThat(by.get(ServqualDimension.EMPATHY).gap()).isEqualTo(-0.5);
		assertThat(by.get(ServqualDimension.RESPONSIVENESS).gap()).isEqualTo(-3.5);
		assertThat(gaps.dimensions()).extracting(ServqualGaps.Gap::answers).containsOnly(2L);
	}

	@Test
	void theOverallScoreIsTheMeanOfTheFiveGapsAndTheLargestShortfallTheMostNegative() {
		ServqualGaps gaps = ServqualGaps.of(List.of(FIRST, SECOND));
		// (−1 − 0.5 + 1.5 − 0.5 − 3.5) / 5
		assertThat(gaps.overall()).isEqualTo(-0.8);
		assertThat(gaps.overallText()).isEqualTo("−0.80");
		assertThat(gaps.largestShortfall()).isEqualTo(ServqualDimension.RESPONSIVENESS);
		assertThat(gaps.shortfall().gapText()).isEqualTo("−3.50");
	}

	@Test
	void theScoresKeptWithTheInvitationsGiveTheSameOverallScore() {
		assertThat(FIRST.gapSum()).isEqualTo(-6);
		assertThat(SECOND.gapSum()).isEqualTo(-2);
		assertThat(SurveyScoring.score(SurveyKind.SERVQUAL, List.of(FIRST.gapSum(), SECOND.gapSum())))
			.isEqualTo(ServqualGaps.of(List.of(FIRST, SECOND)).overall());
		assertThat(SurveyScoring.text(SurveyKind.SERVQUAL, -0.8)).isEqualTo("gap −0.80");
		assertThat(SurveyScoring.text(SurveyKind.SERVQUAL, 0.25)).isEqualTo("gap +0.25");
		assertThat(SurveyKind.SERVQUAL.higherIsBetter()).isTrue();
	}

	@Test
	void aServiceAboveExpectationEverywhereHasNoShortfall() {
		ServqualGaps gaps = ServqualGaps
			.of(List.of(ServqualAnswer.of(new int[] { 4, 4, 4, 4, 4 }, new int[] { 5, 4, 6, 7, 5 })));
		assertThat(gaps.overall()).isCloseTo(1.4, within(1e-9));
		assertThat(gaps.largestShortfall()).isNull();
		assertThat(gaps.shortfall()).isNull();
	}

	@Test
	void withoutAnswersThereIsNoScore() {
		ServqualGaps gaps = ServqualGaps.of(List.of());
		assertThat(gaps.overall()).isNull();
		assertThat(gaps.answers()).isZero();
		assertThat(gaps.dimensions()).hasSize(5).allMatch((gap) -> gap.gap() == null);
		assertThat(SurveyScoring.score(SurveyKind.SERVQUAL, List.of())).isNull();
	}

	@Test
	void theAnswersAreKeptAsTextAndReadBackUnchanged() {
		String stored = FIRST.stored();
		assertThat(stored).isEqualTo("RELIABILITY:7:5 ASSURANCE:6:6 TANGIBLES:5:6 EMPATHY:6:5 RESPONSIVENESS:7:3");
		assertThat(ServqualAnswer.parse(stored)).isEqualTo(FIRST);
		assertThat(ServqualAnswer.parse(null)).isNull();
		assertThat(stored.length()).isLessThanOrEqualTo(200);
	}

	@Test
	void everyStatementMustBeAnsweredOnTheScale() {
		ServqualAnswer partial = new ServqualAnswer(
				Map.of(ServqualDimension.RELIABILITY, 8, ServqualDimension.ASSURANCE, 5),
				Map.of(ServqualDimension.RELIABILITY, 0));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(partial::validate)
			.satisfies((ex) -> assertThat(ex.getViolations()).hasSize(9)
				.extracting(FieldViolation::field)
				.contains("reliability.expectation", "reliability.perception", "assurance.perception",
						"responsiveness.expectation")
				.doesNotContain("assurance.expectation"))
			.satisfies((ex) -> assertThat(ex.getViolations()).filteredOn((v) -> v.rule().equals("range")).hasSize(2));
		FIRST.validate();
	}

	@Test
	void anAnswerReadsAsItsMeanGap() {
		assertThat(response(SurveyKind.SERVQUAL, FIRST.gapSum()).scoreText()).isEqualTo("gap −1.20");
		assertThat(response(SurveyKind.CSAT, 4).scoreText()).isEqualTo("4 / 5");
		assertThat(response(SurveyKind.NPS, null).scoreText()).isEmpty();
	}

	private static SurveyResponseView response(SurveyKind kind, Integer score) {
		java.util.UUID id = java.util.UUID.randomUUID();
		java.time.Instant at = java.time.Instant.parse("2026-11-03T10:00:00Z");
		return new SurveyResponseView(id, "Survey", kind, id, "REQ-1", "Carol", "Delivery", "Front line", List.of(), at,
				at, at, score, null, null, "answered");
	}

	private static Map<ServqualDimension, ServqualGaps.Gap> byDimension(ServqualGaps gaps) {
		return gaps.dimensions()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ServqualGaps.Gap::dimension, (gap) -> gap));
	}

}
