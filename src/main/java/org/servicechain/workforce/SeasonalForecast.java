package org.servicechain.workforce;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The forecast of arrivals per hour of the week (WF-2; B10 2.1), by the seasonal average
 * method: the forecast for an hour of the week (Monday 09:00–10:00, say) is the mean
 * number of arrivals in that same hour over the last {@code n} complete weeks. Weekly
 * seasonality is the whole model; there is no trend term, which suits a service desk's
 * steady weekly rhythm and needs only a few weeks of history (Hyndman and Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, 3rd ed., section 5.2, "seasonal naïve"
 * averaged over several seasons). Its error is measured by back-testing: each of the last
 * weeks is forecast from the weeks before it only and compared with what came.
 * <p>
 * Pure: arrivals in, numbers out; no Spring, no clock.
 */
public final class SeasonalForecast {

	/** Hours in a week: index 0 is Monday 00:00–01:00, 167 is Sunday 23:00–24:00. */
	public static final int HOURS = 168;

	private SeasonalForecast() {
	}

	/**
	 * @return the Monday that starts the week of the date.
	 */
	public static LocalDate weekOf(LocalDate date) {
		return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
	}

	/**
	 * Counts arrivals per hour of the week for each of {@code weeks} complete weeks
	 * before the week starting {@code until}.
	 * @return counts[w][h]: w = 0 is the oldest week, h the hour of the week
	 */
	public static int[][] countsByWeek(Collection<Instant> arrivals, LocalDate until, int weeks, ZoneId zone) {
		int[][] counts = new int[weeks][HOURS];
		ZonedDateTime end = until.atStartOfDay(zone);
		ZonedDateTime start = until.minusWeeks(weeks).atStartOfDay(zone);
		for (Instant arrival : arrivals) {
			ZonedDateTime at = arrival.atZone(zone);
			if (at.isBefore(start) || !at.isBefore(end)) {
				continue;
			}
			int week = (int) ChronoUnit.WEEKS.between(start.toLocalDate(), at.toLocalDate());
			counts[week][hourOfWeek(at)]++;
		}
		return counts;
	}

	public static int hourOfWeek(ZonedDateTime at) {
		return (at.getDayOfWeek().getValue() - 1) * 24 + at.getHour();
	}

	/**
	 * @param counts weeks of counts, oldest first
	 * @param lastWeeks how many of the most recent weeks to average (at most all)
	 * @return the forecast arrivals per hour of the week
	 */
	public static double[] forecast(int[][] counts, int lastWeeks) {
		int from = Math.max(0, counts.length - lastWeeks);
		int used = counts.length - from;
		double[] forecast = new double[HOURS];
		if (used == 0) {
			return forecast;
		}
		for (int w = from; w < counts.length; w++) {
			for (int h = 0; h < HOURS; h++) {
				forecast[h] += counts[w][h];
			}
		}
		for (int h = 0; h < HOURS; h++) {
			forecast[h] /= used;
		}
		return forecast;
	}

	/**
	 * Back-tests the method: each of the last {@code tested} weeks is forecast from up to
	 * {@code lastWeeks} weeks before it, and the hourly errors are pooled.
	 * @return the error, or empty errors when fewer than two weeks of history exist
	 */
	public static Accuracy backTest(int[][] counts, int lastWeeks, int tested) {
		int weeks = Math.min(tested, counts.length - 1);
		if (weeks < 1) {
			return new Accuracy(0, OptionalDouble.empty(), OptionalDouble.empty());
		}
		double absolute = 0;
		int hours = 0;
		double percentage = 0;
		int hoursWithArrivals = 0;
		for (int t = counts.length - weeks; t < counts.length; t++) {
			int[][] before = java.util.Arrays.copyOfRange(counts, 0, t);
			double[] predicted = forecast(before, lastWeeks);
			for (int h = 0; h < HOURS; h++) {
				double error = Math.abs(predicted[h] - counts[t][h]);
				absolute += error;
				hours++;
				if (counts[t][h] > 0) {
					percentage += error / counts[t][h];
					hoursWithArrivals++;
				}
			}
		}
		return new Accuracy(weeks, OptionalDouble.of(absolute / hours), (hoursWithArrivals > 0)
				? OptionalDouble.of(100 * percentage / hoursWithArrivals) : OptionalDouble.empty());
	}

	/**
	 * How far the method's forecasts were from what came, on history it had not seen.
	 *
	 * @param weeksTested how many weeks were forecast and compared
	 * @param meanAbsoluteError MAE, in arrivals per hour, over every hour of those weeks
	 * @param meanAbsolutePercentageError MAPE, in percent, over the hours that had
	 * arrivals (an hour with none has no percentage error)
	 */
	public record Accuracy(int weeksTested, OptionalDouble meanAbsoluteError,
			OptionalDouble meanAbsolutePercentageError) {

	}

}
