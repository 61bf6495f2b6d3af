package org.servicechain.reviews;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.servicechain.reviews.ScorecardPolicy.Outcome;
import org.servicechain.reviews.ScorecardPolicy.Setting;
import org.servicechain.reviews.ScorecardPolicy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardPolicyUnitTests {

	static final List<Setting> OLA = List.of(new Setting(ScorecardMeasure.COMPLIANCE, 40, 90, true),
			new Setting(ScorecardMeasure.RESPONSIVENESS, 20, 100, false),
			new Setting(ScorecardMeasure.ATTRIBUTED_BREACHES, 25, 2, false),
			new Setting(ScorecardMeasure.COMPLAINTS, 15, 1, false));

	static Map<ScorecardMeasure, @Nullable Double> values(@Nullable Double compliance, @Nullable Double responsiveness,
			@Nullable Double breaches, @Nullable Double complaints) {
		Map<ScorecardMeasure, @Nullable Double> values = new EnumMap<>(ScorecardMeasure.class);
		values.put(ScorecardMeasure.COMPLIANCE, compliance);
		values.put(ScorecardMeasure.RESPONSIVENESS, responsiveness);
		values.put(ScorecardMeasure.ATTRIBUTED_BREACHES, breaches);
		values.put(ScorecardMeasure.COMPLAINTS, complaints);
		return values;
	}

	@Test
	void everyThresholdMetScoresAHundredAndIsGood() {
		Outcome outcome = ScorecardPolicy.score(values(95.0, 80.0, 1.0, 0.0), OLA);
		assertThat(outcome.score()).isEqualTo(100);
		assertThat(outcome.verdict()).isEqualTo(Verdict.GOOD);
		assertThat(outcome.measures()).allSatisfy((measure) -> assertThat(measure.met()).isTrue());
	}

	@Test
	void aFloorScoresTheShareReachedAndACeilingTheInverseShare() {
		Outcome outcome = ScorecardPolicy.score(values(45.0, 200.0, 5.0, 1.0), OLA);
		// 45 of a floor of 90: 50. 200 % of target against a ceiling of 100: 101/201 →
		// 50.
		// 5 breaches against at most 2: 3/6 → 50. 1 complaint against at most 1: met.
		assertThat(outcome.measures()).extracting(ScorecardPolicy.Scored::score).containsExactly(50, 50, 50, 100);
		// (50×40 + 50×20 + 50×25 + 100×15) / 100 = 57.5 → 58
		assertThat(outcome.score()).isEqualTo(58);
	}

	@Test
	void aCriticalMeasureMissedFailsTheCardWhateverTheScore() {
		Outcome outcome = ScorecardPolicy.score(values(89.0, 50.0, 0.0, 0.0), OLA);
		assertThat(outcome.score()).isGreaterThanOrEqualTo(ScorecardPolicy.WATCH_BELOW);
		assertThat(outcome.verdict()).isEqualTo(Verdict.FAILING);
		assertThat(outcome.failedCritical()).containsExactly(ScorecardMeasure.COMPLIANCE);
	}

	@Test
	void aLowScoreWithoutCriticalFailuresNeedsWatching() {
		Outcome outcome = ScorecardPolicy.score(values(92.0, 400.0, 9.0, 7.0), OLA);
		assertThat(outcome.failedCritical()).isEmpty();
		assertThat(outcome.score()).isLessThan(ScorecardPolicy.WATCH_BELOW);
		assertThat(outcome.verdict()).isEqualTo(Verdict.WATCH);
	}

	@Test
	void aCeilingOfZeroScoresFiftyForOneAndMeasuresWithoutDataAreLeftOut() {
		List<Setting> settings = List.of(new Setting(ScorecardMeasure.COMPLAINTS, 10, 0, false),
				new Setting(ScorecardMeasure.COMPLIANCE, 90, 90, true));
		Outcome outcome = ScorecardPolicy.score(values(null, null, null, 1.0), settings);
		assertThat(outcome.measures().get(0).score()).isEqualTo(50);
		assertThat(outcome.measures().get(1).score()).isNull();
		assertThat(outcome.score()).as("only complaints counted").isEqualTo(50);
		assertThat(outcome.verdict()).isEqualTo(Verdict.WATCH);

		Outcome nothing = ScorecardPolicy.score(values(null, null, null, null), settings);
		assertThat(nothing.score()).isNull();
		assertThat(nothing.verdict()).isEqualTo(Verdict.NO_DATA);
	}

}
