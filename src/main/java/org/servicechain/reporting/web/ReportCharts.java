package org.servicechain.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.servicechain.reporting.Report;

/**
 * A report's Chart.js configuration as JSON, put in a {@code data-chart} attribute and
 * drawn by {@code /js/reporting-charts.js}: the content security policy allows no inline
 * script. The bars' keys go beside it, so a click on a bar opens the records behind it.
 */
final class ReportCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportCharts() {
	}

	static String config(Report report) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", report.kind().unit());
		dataset.put("data", report.bars().stream().map(Report.Bar::value).toList());
		dataset.put("backgroundColor", "#3b5b92");
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", report.kind().chartType());
		config.put("data",
				Map.of("labels", report.bars().stream().map(Report.Bar::label).toList(), "datasets", List.of(dataset)));
		config.put("options", Map.of("maintainAspectRatio", false, "plugins",
				Map.of("legend", Map.of("display", false)), "scales", Map.of("y",
						Map.of("beginAtZero", true, "title", Map.of("display", true, "text", report.kind().unit())))));
		return JSON.writeValueAsString(config);
	}

	static String keys(Report report) {
		return JSON.writeValueAsString(report.bars().stream().map(Report.Bar::key).toList());
	}

}
