package org.servicechain.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.feedback.SurveyAnswerFact;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.SurveyScoring;
import org.servicechain.requests.RequestFact;
import org.servicechain.sla.SlaViews.ClockRecord;

/**
 * How every report counts (REP-1), as pure functions of the records the facades return:
 * no Spring, no database, no clock but the instant given. What each function counts is
 * said once, in {@link #COUNTING}, and shown beside every chart and export.
 */
final class ReportCounting {

	/** The age bands of the backlog, as (label, upper bound) in calendar time. */
	static final List<Map.Entry<String, Duration>> AGE_BANDS = List.of(Map.entry("Under 1 day", Duration.ofDays(1)),
			Map.entry("1 to 3 days", Duration.ofDays(3)), Map.entry("3 to 7 days", Duration.ofDays(7)),
			Map.entry("1 to 4 weeks", Duration.ofDays(28)), Map.entry("Over 4 weeks", Duration.ofDays(36500)));

	static final String NOT_ANALYSED = "Not analysed yet";

	private ReportCounting() {
	}

	/**
	 * A report's bars with the records behind each, by the bar's key.
	 */
	record Counted(List<Report.Bar> bars, Map<String, List<DrillRow>> behind) {

	}

	/**
	 * A bar's key and label.
	 */
	record Group(String key, String label) {

	}

	// Which records a filter selects

	/**
	 * @return whether the request is one the filter selects (the period is applied by the
	 * caller, as each report dates its records its own way)
	 */
	static boolean selects(ReportFilter filter, RequestFact request) {
		return (filter.service() == null || filter.service().equals(request.serviceId()))
				&& (filter.team() == null || filter.team().equals(request.teamId()))
				&& (filter.internal() == null || filter.internal() == request.requesterInternal())
				&& (filter.partner() == null || concerns(filter.partner(), request));
	}

	/**
	 * @return whether the request concerns the party: owned by it as our team, or a chain
	 * task was handed to it
	 */
	static boolean concerns(UUID party, RequestFact request) {
		return party.equals(request.teamId()) || request.taskPartyIds().contains(party);
	}

	/**
	 * @return whether the clock measures the party: its own task clock, or (for our own
	 * team) the customer's clock of a request it owns
	 */
	static boolean measures(UUID party, ClockRecord clock, RequestFact request) {
		return party.equals(clock.partyId()) || (clock.partyId() == null && party.equals(request.teamId()));
	}

	static boolean selects(ReportFilter filter, SurveyAnswerFact answer) {
		return (filter.service() == null || filter.service().equals(answer.serviceId()))
				&& (filter.team() == null || filter.team().equals(answer.teamId()))
				&& (filter.internal() == null || filter.internal() == answer.customerInternal())
				&& (filter.partner() == null || filter.partner().equals(answer.teamId())
						|| answer.parties().contains(filter.partner()));
	}

	// Counting

	/**
	 * SLA compliance: of the clocks given (those that started in the period), met as a
	 * share of those that finished, met or breached; cancelled clocks do not count,
	 * running, warning and paused ones are in flight.
	 */
	static Counted compliance(List<ClockRecord> clocks, Map<UUID, RequestFact> requests,
			Function<ClockRecord, Group> groupOf) {
		Map<Group, int[]> counts = new TreeMap<>(Comparator.comparing(Group::label).thenComparing(Group::key));
		Map<String, Map<UUID, List<String>>> behind = new LinkedHashMap<>();
		for (ClockRecord clock : clocks) {
			if ("cancelled".equals(clock.state())) {
				continue;
			}
			Group group = groupOf.apply(clock);
			int[] count = counts.computeIfAbsent(group, (g) -> new int[3]);
			switch (clock.state()) {
				case "met" -> count[0]++;
				case "breached" -> count[1]++;
				default -> count[2]++;
			}
			behind.computeIfAbsent(group.key(), (k) -> new LinkedHashMap<>())
				.computeIfAbsent(clock.requestId(), (id) -> new ArrayList<>())
				.add(clock.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + state(clock));
		}
		List<Report.Bar> bars = new ArrayList<>();
		counts.forEach((group,
				count) -> bars.add(new Report.Bar(group.key(), group.label(), percent(count[0], count[0] + count[1]),
						count[0] + count[1] + count[2],
						count[0] + " met, " + count[1] + " breached, " + count[2] + " in flight")));
		Map<String, List<DrillRow>> rows = new LinkedHashMap<>();
		behind.forEach((key, byRequest) -> {
			List<DrillRow> list = new ArrayList<>();
			byRequest.forEach((id, states) -> {
				RequestFact request = requests.get(id);
				list.add(new DrillRow(id, (request != null) ? request.reference() : id.toString(),
						String.join("; ", states)));
			});
			list.sort(Comparator.comparing(DrillRow::reference));
			rows.put(key, list);
		});
		return new Counted(List.copyOf(bars), rows);
	}

	private static String state(ClockRecord clock) {
		return switch (clock.state()) {
			case "met", "breached" -> clock.state();
			default -> "in flight";
		};
	}

	/**
	 * Backlog and age: the requests given (open now) by how long ago they were opened, in
	 * calendar time, every band shown even when empty.
	 */
	static Counted backlog(List<RequestFact> open, Instant now) {
		Map<String, List<DrillRow>> behind = new LinkedHashMap<>();
		AGE_BANDS.forEach((band) -> behind.put(key(band.getKey()), new ArrayList<>()));
		for (RequestFact request : open) {
			Duration age = Duration.between(request.openedAt(), now);
			String band = AGE_BANDS.stream()
				.filter((entry) -> age.compareTo(entry.getValue()) < 0)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(AGE_BANDS.get(AGE_BANDS.size() - 1).getKey());
			behind.get(key(band))
				.add(new DrillRow(request.id(), request.reference(),
						request.priority().name() + ", "
								+ request.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
								+ ", open " + Math.max(0, age.toDays()) + " days"));
		}
		List<Report.Bar> bars = new ArrayList<>();
		for (Map.Entry<String, Duration> band : AGE_BANDS) {
			List<DrillRow> rows = behind.get(key(band.getKey()));
			rows.sort(Comparator.comparing(DrillRow::reference));
			bars.add(new Report.Bar(key(band.getKey()), band.getKey(), (double) rows.size(), rows.size(),
					rows.size() + " open"));
		}
		return new Counted(List.copyOf(bars), behind);
	}

	/**
	 * Complaints by cause: the complaints given (received in the period), by the cause
	 * category their analysis found; the most frequent first.
	 */
	static Counted complaintsByCause(List<ComplaintSummary> complaints) {
		Map<String, List<DrillRow>> behind = byCause(complaints);
		List<Report.Bar> bars = new ArrayList<>();
		behind.forEach((cause, rows) -> {
			long open = rows.stream().filter((row) -> row.detail().startsWith("open")).count();
			bars.add(new Report.Bar(key(cause), cause, (double) rows.size(), rows.size(),
					rows.size() + " received, " + open + " still open"));
		});
		bars.sort(Comparator.comparing(Report.Bar::count).reversed().thenComparing(Report.Bar::label));
		return new Counted(List.copyOf(bars), keyed(behind));
	}

	/**
	 * Time to resolve: of the complaints given, the median calendar days from receipt to
	 * resolution of those resolved, by cause.
	 */
	static Counted resolution(List<ComplaintSummary> complaints) {
		Map<String, List<DrillRow>> behind = byCause(complaints);
		Map<String, List<Double>> days = new TreeMap<>();
		for (ComplaintSummary complaint : complaints) {
			days.computeIfAbsent(cause(complaint), (c) -> new ArrayList<>());
			if (complaint.resolvedAt() != null) {
				days.get(cause(complaint))
					.add(Duration.between(complaint.receivedAt(), complaint.resolvedAt()).toMinutes() / 1440.0);
			}
		}
		List<Report.Bar> bars = new ArrayList<>();
		days.forEach((cause, resolved) -> bars.add(new Report.Bar(key(cause), cause, median(resolved), resolved.size(),
				resolved.size() + " resolved, " + (behind.get(cause).size() - resolved.size()) + " not yet")));
		return new Counted(List.copyOf(bars), keyed(behind));
	}

	/**
	 * Feedback: the answers given (answered in the period), scored per survey kind as the
	 * feedback module scores them (CSAT % satisfied, NPS, mean effort).
	 */
	static Counted feedback(List<SurveyAnswerFact> answers) {
		Map<SurveyKind, List<Integer>> scores = new TreeMap<>();
		Map<String, List<DrillRow>> behind = new LinkedHashMap<>();
		for (SurveyAnswerFact answer : answers) {
			scores.computeIfAbsent(answer.kind(), (k) -> new ArrayList<>()).add(answer.score());
			behind.computeIfAbsent(key(answer.kind().name()), (k) -> new ArrayList<>())
				.add(new DrillRow(answer.requestId(), answer.requestReference(), scored(answer)));
		}
		List<Report.Bar> bars = new ArrayList<>();
		scores.forEach((kind, values) -> {
			Double score = SurveyScoring.score(kind, values);
			bars.add(new Report.Bar(key(kind.name()), kind.label(), score, values.size(),
					SurveyScoring.text(kind, score) + " from " + values.size() + " answers"));
		});
		behind.values().forEach((rows) -> rows.sort(Comparator.comparing(DrillRow::reference)));
		return new Counted(List.copyOf(bars), behind);
	}

	// Helpers

	/**
	 * @return what one answer scored: its score, or for SERVQUAL its mean gap (the score
	 * being the sum of its five gaps)
	 */
	static String scored(SurveyAnswerFact answer) {
		return answer.kind().servqual() ? "gap " + org.servicechain.feedback.ServqualGaps.signed(answer.score() / 5.0)
				: "scored " + answer.score();
	}

	private static Map<String, List<DrillRow>> byCause(List<ComplaintSummary> complaints) {
		Map<String, List<DrillRow>> behind = new TreeMap<>();
		for (ComplaintSummary complaint : complaints) {
			behind.computeIfAbsent(cause(complaint), (c) -> new ArrayList<>())
				.add(new DrillRow(complaint.id(), complaint.reference(),
						((complaint.resolvedAt() != null) ? "resolved" : "open") + ", "
								+ complaint.severity().label().toLowerCase(java.util.Locale.ROOT)));
		}
		behind.values().forEach((rows) -> rows.sort(Comparator.comparing(DrillRow::reference)));
		return behind;
	}

	private static Map<String, List<DrillRow>> keyed(Map<String, List<DrillRow>> byLabel) {
		Map<String, List<DrillRow>> keyed = new LinkedHashMap<>();
		byLabel.forEach((label, rows) -> keyed.put(key(label), rows));
		return keyed;
	}

	private static String cause(ComplaintSummary complaint) {
		return (complaint.causeCategory() != null && !complaint.causeCategory().isBlank()) ? complaint.causeCategory()
				: NOT_ANALYSED;
	}

	/**
	 * @return a bar's key made from its label: lower case letters and digits, words
	 * joined by hyphens
	 */
	static String key(String label) {
		String key = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return key.isEmpty() ? "none" : key;
	}

	static @Nullable Double percent(int part, int whole) {
		return (whole == 0) ? null : (double) Math.round(100.0 * part / whole);
	}

	static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return Math.round(median * 10) / 10.0;
	}

}
