package org.servicechain.reporting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One report as counted now (REP-1): its bars, what the filter selected in words, and how
 * it was counted, which every chart and export shows beside the figures.
 *
 * @param scope what the filter selected, in words
 * @param counting how the figures were counted: which records, calendar, pauses, what
 * counts as a breach, period and zone
 */
public record Report(ReportKind kind, ReportFilter filter, String scope, List<Bar> bars, String counting, String zone,
		Instant countedAt) {

	/**
	 * One bar of the chart and row of its table.
	 *
	 * @param key what names the bar in its drill-down link
	 * @param value the bar's height in the report's unit, or {@literal null} when nothing
	 * could be counted (no finished clock, no resolved complaint)
	 * @param count how many records the bar stands on
	 * @param detail the counts behind the value, in words
	 */
	public record Bar(String key, String label, @Nullable Double value, long count, String detail) {

	}

	public String title() {
		return this.kind.title();
	}

	public long total() {
		return this.bars.stream().mapToLong(Bar::count).sum();
	}

}
