package org.servicechain.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The seasonal average forecast and its back-test on hand-made history with known answers
 * (WF-2).
 */
class SeasonalForecastUnitTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	// A Monday in winter, so local time is UTC.
	private static final LocalDate THIS_WEEK = LocalDate.of(2026, 2, 2);

	@Test
	void averagesTheSameHourOverTheLastWeeks() {
		List<Instant> arrivals = new ArrayList<>();
		// Monday 09:00–10:00: 2, 4, 6 and 8 requests in the four weeks before; Tuesday
		// 14:00: 3 each week.
		for (int w = 1; w <= 4; w++) {
			LocalDate monday = THIS_WEEK.minusWeeks(5 - w);
			add(arrivals, monday, 9, 2 * w);
			add(arrivals, monday.plusDays(1), 14, 3);
		}
		int[][] counts = SeasonalForecast.countsByWeek(arrivals, THIS_WEEK, 4, LONDON);
		assertThat(counts[0][9]).isEqualTo(2);
		assertThat(counts[3][9]).isEqualTo(8);
		double[] forecast = SeasonalForecast.forecast(counts, 4);
		assertThat(forecast[9]).isEqualTo(5.0);
		assertThat(forecast[24 + 14]).isEqualTo(3.0);
		assertThat(forecast[10]).isZero();
		// The last two weeks only: (6 + 8) / 2.
		assertThat(SeasonalForecast.forecast(counts, 2)[9]).isEqualTo(7.0);
	}

	@Test
	void backTestingForecastsEachWeekFromTheWeeksBeforeIt() {
		List<Instant> arrivals = new ArrayList<>();
		for (int w = 1; w <= 4; w++) {
			add(arrivals, THIS_WEEK.minusWeeks(5 - w), 9, 2 * w);
		}
		int[][] counts = SeasonalForecast.countsByWeek(arrivals, THIS_WEEK, 4, LONDON);
		SeasonalForecast.Accuracy accuracy = SeasonalForecast.backTest(counts, 4, 3);
		assertThat(accuracy.weeksTested()).isEqualTo(3);
		// Week 2 forecast 2 (actual 4), week 3 forecast 3 (actual 6), week 4 forecast 4
		// (actual 8): absolute errors 2, 3, 4 in one hour of 3 × 168.
		assertThat(accuracy.meanAbsoluteError().getAsDouble()).isCloseTo(9.0 / (3 * 168), within(1e-9));
		// Percentage errors 50 %, 50 %, 50 %.
		assertThat(accuracy.meanAbsolutePercentageError().getAsDouble()).isCloseTo(50.0, within(1e-9));
	}

	@Test
	void aSteadyWeekIsForecastWithoutError() {
		List<Instant> arrivals = new ArrayList<>();
		for (int w = 1; w <= 3; w++) {
			add(arrivals, THIS_WEEK.minusWeeks(w).plusDays(2), 11, 5);
		}
		int[][] counts = SeasonalForecast.countsByWeek(arrivals, THIS_WEEK, 3, LONDON);
		SeasonalForecast.Accuracy accuracy = SeasonalForecast.backTest(counts, 4, 3);
		assertThat(accuracy.weeksTested()).isEqualTo(2);
		assertThat(accuracy.meanAbsoluteError().getAsDouble()).isZero();
		assertThat(accuracy.meanAbsolutePercentageError().getAsDouble()).isZero();
	}

	@Test
	void oneWeekOfHistoryCannotBeBackTested() {
		int[][] counts = new int[1][SeasonalForecast.HOURS];
		assertThat(SeasonalForecast.backTest(counts, 4, 3).meanAbsoluteError()).isEmpty();
	}

	@Test
	void readsHoursInTheLocalZone() {
		// 2026-07-06 is a Monday in summer time: 08:30 UTC is 09:30 in London.
		List<Instant> arrivals = List.of(Instant.parse("2026-07-06T08:30:00Z"));
		int[][] counts = SeasonalForecast.countsByWeek(arrivals, LocalDate.of(2026, 7, 13), 1, LONDON);
		assertThat(counts[0][9]).isEqualTo(1);
		assertThat(SeasonalForecast.weekOf(LocalDate.of(2026, 7, 12))).isEqualTo(LocalDate.of(2026, 7, 6));
	}

	private static void add(List<Instant> arrivals, LocalDate day, int hour, int count) {
		for (int i = 0; i < count; i++) {
			arrivals.add(day.atTime(hour, i).atZone(LONDON).toInstant());
		}
	}

}
