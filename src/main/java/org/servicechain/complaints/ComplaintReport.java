package org.servicechain.complaints;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The complaints reports (CMP-4): how many complaints by cause, responsible party,
 * service and severity, each with how many are resolved and the average days to resolve;
 * and how long complaints took to resolve, in bands.
 */
public record ComplaintReport(int total, int resolved, List<Line> byCause, List<Line> byParty, List<Line> byService,
		List<Line> bySeverity, List<Line> timeToResolve) {

	/**
	 * One bar: a label, the count, its share of the largest bar (for the chart), and the
	 * average days to resolve of those resolved.
	 */
	public record Line(String label, int count, int percentOfMax, int resolved, @Nullable Double averageDays) {

	}

	record Row(String cause, String party, String service, String severity, @Nullable Duration resolvedIn) {

	}

	static ComplaintReport of(List<Row> rows) {
		int resolved = (int) rows.stream().filter((row) -> row.resolvedIn() != null).count();
		List<Line> bands = new ArrayList<>();
		Map<String, Function<Duration, Boolean>> limits = new LinkedHashMap<>();
		limits.put("Within a week", (d) -> d.compareTo(Duration.ofDays(7)) <= 0);
		limits.put("1 to 4 weeks", (d) -> d.compareTo(Duration.ofDays(28)) <= 0);
		limits.put("4 to 8 weeks", (d) -> d.compareTo(Duration.ofDays(56)) <= 0);
		limits.put("Over 8 weeks", (d) -> true);
		Map<String, List<Row>> banded = new LinkedHashMap<>();
		limits.keySet().forEach((label) -> banded.put(label, new ArrayList<>()));
		banded.put("Not resolved yet", new ArrayList<>());
		for (Row row : rows) {
			if (row.resolvedIn() == null) {
				banded.get("Not resolved yet").add(row);
				continue;
			}
			for (Map.Entry<String, Function<Duration, Boolean>> band : limits.entrySet()) {
				if (band.getValue().apply(row.resolvedIn())) {
					banded.get(band.getKey()).add(row);
					break;
				}
			}
		}
		int max = banded.values().stream().mapToInt(List::size).max().orElse(0);
		banded.forEach((label, members) -> bands.add(line(label, members, max)));
		return new ComplaintReport(rows.size(), resolved, group(rows, Row::cause), group(rows, Row::party),
				group(rows, Row::service), group(rows, Row::severity), bands);
	}

	private static List<Line> group(List<Row> rows, Function<Row, String> key) {
		Map<String, List<Row>> groups = new LinkedHashMap<>();
		for (Row row : rows) {
			groups.computeIfAbsent(key.apply(row), (k) -> new ArrayList<>()).add(row);
		}
		int max = groups.values().stream().mapToInt(List::size).max().orElse(0);
		return groups.entrySet()
			.stream()
			.map((entry) -> line(entry.getKey(), entry.getValue(), max))
			.sorted(Comparator.comparingInt(Line::count).reversed().thenComparing(Line::label))
			.toList();
	}

	private static Line line(String label, List<Row> members, int max) {
		List<Duration> times = members.stream().map(Row::resolvedIn).filter(java.util.Objects::nonNull).toList();
		Double average = times.isEmpty() ? null
				: Math.round(times.stream().mapToLong(Duration::toMinutes).average().orElse(0) / 60.0 / 24.0 * 10)
						/ 10.0;
		return new Line(label, members.size(), (max == 0) ? 0 : members.size() * 100 / max, times.size(), average);
	}

}
