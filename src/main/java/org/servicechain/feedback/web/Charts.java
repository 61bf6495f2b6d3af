package org.servicechain.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.servicechain.feedback.ScoreBoard;

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
