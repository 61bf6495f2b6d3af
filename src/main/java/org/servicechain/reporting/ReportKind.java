package org.servicechain.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reports there are (REP-1), each one chart with its table, export and drill-down.
 * The key is what URLs, the API, pins and schedules name it by.
 */
public enum ReportKind {

	SLA_BY_AGREEMENT("sla-by-agreement", "SLA compliance by agreement", "% met", "bar"),

	SLA_BY_PRIORITY("sla-by-priority", "SLA compliance by priority", "% met", "bar"),

	SLA_BY_LINK("sla-by-link", "SLA compliance by link of the chain", "% met", "bar"),

	BACKLOG_AGE("backlog-age", "Backlog: open requests by age", "requests", "bar"),

	COMPLAINTS_BY_CAUSE("complaints-by-cause", "Complaints by cause", "complaints", "bar"),

	COMPLAINT_RESOLUTION("complaint-resolution", "Time to resolve complaints, by cause", "median days", "bar"),

	FEEDBACK_SCORES("feedback-scores", "Feedback scores by survey kind", "score", "bar"),

	FEEDBACK_THEMES("feedback-themes", "Recurring feedback themes", "mentions", "bar"),

	DEMAND_CAPACITY("demand-capacity", "Workload against capacity, coming weeks", "% of productive hours", "bar"),

	SCORECARDS("scorecards", "Partner and team scorecards", "score", "bar");

	private final String key;

	private final String title;

	private final String unit;

	private final String chartType;

	ReportKind(String key, String title, String unit, String chartType) {
		this.key = key;
		this.title = title;
		this.unit = unit;
		this.chartType = chartType;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * @return what a bar's value counts, e.g. "% met"
	 */
	public String unit() {
		return this.unit;
	}

	public String chartType() {
		return this.chartType;
	}

	/**
	 * @return whether the records behind a bar are requests (else complaints)
	 */
	public boolean aboutRequests() {
		return this != COMPLAINTS_BY_CAUSE && this != COMPLAINT_RESOLUTION;
	}

	/**
	 * @return whether records (requests or complaints) stand behind each bar; themes,
	 * forecasts and scorecards are figures of their own, opened on their own pages
	 */
	public boolean drillable() {
		return this != FEEDBACK_THEMES && this != DEMAND_CAPACITY && this != SCORECARDS;
	}

	/**
	 * @return whether only managers may count it (staffing figures)
	 */
	public boolean managersOnly() {
		return this == DEMAND_CAPACITY;
	}

	public static Optional<ReportKind> byKey(String key) {
		return Arrays.stream(values()).filter((kind) -> kind.key.equals(key)).findFirst();
	}

}
