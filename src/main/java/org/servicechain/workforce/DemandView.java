package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Demand against capacity (WF-2; B10 2.1): the forecast of arrivals with its method and
 * measured error, the coming weeks flagged busy or quiet, one week hour by hour coloured
 * by staffing, and the work that must be finished each coming day to keep the agreements.
 *
 * @param service the service forecast, or {@literal null} for all services
 * @param method the method in words, as the page states it
 * @param historyWeeks the complete weeks of history the forecast averages
 * @param handlingMinutes the average handling time the workload assumes
 * @param weeks the coming weeks, this one first
 * @param hours the hours of {@code week}: 168 cells, Monday 00:00 first
 * @param deadlines open work by the day it falls due, for the coming week
 * @param handlingBasis where the handling time comes from, in words (measured from time
 * recorded, or the setting)
 */
public record DemandView(@Nullable UUID service, String serviceName, List<ServiceOption> services, String method,
		int historyWeeks, SeasonalForecast.Accuracy accuracy, int handlingMinutes, LocalDate week, List<Week> weeks,
		List<Hour> hours, List<Deadline> deadlines, List<String> quietSuggestions, String handlingBasis) {

	public record ServiceOption(UUID id, String name) {

	}

	/**
	 * @param baseline forecast arrivals before adjustments
	 * @param forecast forecast arrivals after the managers' adjustments
	 * @param adjustmentPercent the adjustment of the chosen service (0 for all services)
	 * @param workloadHours forecast × handling time
	 * @param capacityHours productive hours from patterns, less absences and shrinkage
	 * @param flag {@code BUSY}, {@code QUIET} or {@code NORMAL}
	 */
	public record Week(LocalDate start, double baseline, double forecast, int adjustmentPercent,
			@Nullable String adjustmentReason, double workloadHours, double capacityHours, int peopleAway, String flag,
			String why) {

		public boolean busy() {
			return "BUSY".equals(this.flag);
		}

		public boolean quiet() {
			return "QUIET".equals(this.flag);
		}

	}

	/**
	 * @param staffing {@code UNDER}, {@code WELL}, {@code OVER} or {@code CLOSED}
	 */
	public record Hour(int hourOfWeek, double forecast, double workloadHours, double capacityHours, String staffing) {

		public int day() {
			return this.hourOfWeek / 24;
		}

		public int hour() {
			return this.hourOfWeek % 24;
		}

	}

	/**
	 * @param requests open requests whose next due time falls on the day, by priority
	 * @param agreements the same requests by the agreement their next deadline is kept
	 * under (its reference)
	 * @param hoursNeeded requests × handling time
	 * @param capacityHours productive hours that day
	 */
	public record Deadline(LocalDate day, java.util.Map<String, Long> requests, java.util.Map<String, Long> agreements,
			long total, double hoursNeeded, double capacityHours) {

		public boolean short_() {
			return this.hoursNeeded > this.capacityHours;
		}

	}

}
