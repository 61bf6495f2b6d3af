package org.servicechain.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.servicechain.feedback.ScoreBoard;
import org.servicechain.feedback.ServqualGaps;

/**
 * Chart.js configurations as JSON, put in a {@code data-chart} attribute and drawn by
 * {@code /js/feedback-charts.js}: the content security policy allows no inline script.
 */
final class Charts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Charts() {
	}

	static String line(List<ScoreBoard.Row> rows, String label) {
		return chart("line", rows, label);
	}

	static String bars(List<ScoreBoard.Row> rows, String label) {
		return chart("bar", rows, label);
	}

	/**
	 * The SERVQUAL gap per RATER dimension as horizontal bars around zero: shortfalls
	 * (negative) in red, the others in green.
	 */
	static String gaps(org.servicechain.feedback.ServqualGaps gaps) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", "Gap (perception − expectation)");
		dataset.put("data", gaps.dimensions().stream().map(ServqualGaps.Gap::gap).toList());
		dataset.put("backgroundColor",
				gaps.dimensions()
					.stream()
					.map((gap) -> (gap.gap() != null && gap.gap() < 0) ? "#d92d20" : "#12b76a")
					.toList());
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", "bar");
		config.put("data", Map.of("labels", gaps.dimensions().stream().map(ServqualGaps.Gap::label).toList(),
				"datasets", List.of(dataset)));
		config.put("options", Map.of("indexAxis", "y", "maintainAspectRatio", false, "plugins",
				Map.of("legend", Map.of("display", false)), "scales",
				Map.of("x", Map.of("title", Map.of("display", true, "text", "Gap, perception − expectation")))));
		return JSON.writeValueAsString(config);
	}

	/**
	 * The action's metric week by week, with its baseline and target as flat lines.
	 */
	static String beforeAfter(org.servicechain.feedback.ActionView action) {
		List<String> labels = action.weeks().stream().map(ScoreBoard.Row::label).toList();
		Map<String, Object> measured = new LinkedHashMap<>();
		measured.put("label", action.measure());
		measured.put("data", action.weeks().stream().map(ScoreBoard.Row::score).toList());
		measured.put("spanGaps", true);
		Map<String, Object> baseline = new LinkedHashMap<>();
		baseline.put("label", "Baseline");
		baseline.put("data", labels.stream().map((label) -> action.baseline()).toList());
		baseline.put("borderDash", List.of(6, 4));
		baseline.put("pointRadius", 0);
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("label", "Target");
		target.put("data", labels.stream().map((label) -> action.target()).toList());
		target.put("borderDash", List.of(2, 2));
		target.put("pointRadius", 0);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", "line");
		config.put("data", Map.of("labels", labels, "datasets", List.of(measured, baseline, target)));
		config.put("options", Map.of("maintainAspectRatio", false));
		return JSON.writeValueAsString(config);
	}

	private static String chart(String type, List<ScoreBoard.Row> rows, String label) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", label);
		dataset.put("data", rows.stream().map(ScoreBoard.Row::score).toList());
		dataset.put("spanGaps", true);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", type);
		config.put("data",
				Map.of("labels", rows.stream().map(ScoreBoard.Row::label).toList(), "datasets", List.of(dataset)));
		config.put("options",
				Map.of("maintainAspectRatio", false, "plugins", Map.of("legend", Map.of("display", false))));
		return JSON.writeValueAsString(config);
	}

}
