package org.servicechain.reporting;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.servicechain.agreements.Priority;
import org.servicechain.complaints.ComplaintStatus;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.complaints.Severity;
import org.servicechain.feedback.SurveyAnswerFact;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.reporting.ReportCounting.Counted;
import org.servicechain.reporting.ReportCounting.Group;
import org.servicechain.requests.RequestFact;
import org.servicechain.requests.RequestStatus;
import org.servicechain.shared.CsvCells;
import org.servicechain.sla.ClockKind;
import org.servicechain.sla.SlaViews.ClockRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the reports count (REP-1), without Spring: compliance leaves cancelled clocks out
 * and in-flight ones out of the percentage, the backlog's age bands, the median time to
 * resolve complaints, feedback scored as the feedback module scores it, what a filter
 * selects, when scheduled reports run and which period they cover, and CSV cells safe
 * against formula injection.
 */
class ReportCountingUnitTests {

	static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	static final UUID SERVICE = UUID.randomUUID();

	static final UUID TEAM = UUID.randomUUID();

	static final UUID COURIER = UUID.randomUUID();

	static final UUID OTHER = UUID.randomUUID();

	@Test
	void complianceIsMetOverFinishedAndLeavesCancelledClocksOut() {
		RequestFact one = request("REQ-1", NOW.minus(Duration.ofDays(2)), List.of(COURIER));
		RequestFact two = request("REQ-2", NOW.minus(Duration.ofDays(1)), List.of());
		List<ClockRecord> clocks = List.of(clock(one, "met", null, "P1"), clock(one, "breached", COURIER, "P1"),
				clock(one, "met", COURIER, "P1"), clock(two, "running", null, "P1"),
				clock(two, "cancelled", null, "P1"), clock(two, "breached", null, "P2"));
		Counted counted = ReportCounting.compliance(clocks, Map.of(one.id(), one, two.id(), two),
				(clock) -> new Group(clock.priority().toLowerCase(), clock.priority()));
		assertThat(counted.bars()).extracting(Report.Bar::label).containsExactly("P1", "P2");
		Report.Bar p1 = counted.bars().get(0);
		assertThat(p1.value()).as("2 met of 3 finished, the running one not in the share").isEqualTo(67.0);
		assertThat(p1.count()).as("cancelled left out").isEqualTo(4);
		assertThat(p1.detail()).isEqualTo("2 met, 1 breached, 1 in flight");
		assertThat(counted.bars().get(1).value()).isEqualTo(0.0);
		assertThat(counted.behind().get("p1")).extracting(DrillRow::reference).containsExactly("REQ-1", "REQ-2");
		assertThat(counted.behind().get("p2")).extracting(DrillRow::reference).containsExactly("REQ-2");
	}

	@Test
	void aGroupWithNothingFinishedHasNoPercentageRatherThanZero() {
		RequestFact one = request("REQ-3", NOW, List.of());
		Counted counted = ReportCounting.compliance(List.of(clock(one, "warning", null, "P3")), Map.of(one.id(), one),
				(clock) -> new Group("p3", "P3"));
		assertThat(counted.bars().get(0).value()).isNull();
		assertThat(counted.bars().get(0).count()).isEqualTo(1);
	}

	@Test
	void theBacklogShowsEveryAgeBandByCalendarTimeSinceOpening() {
		Counted counted = ReportCounting.backlog(List.of(request("REQ-10", NOW.minus(Duration.ofHours(3)), List.of()),
				request("REQ-11", NOW.minus(Duration.ofDays(2)), List.of()),
				request("REQ-12", NOW.minus(Duration.ofDays(40)), List.of()),
				request("REQ-13", NOW.minus(Duration.ofDays(3)), List.of())), NOW);
		assertThat(counted.bars()).extracting(Report.Bar::label)
			.containsExactly("Under 1 day", "1 to 3 days", "3 to 7 days", "1 to 4 weeks", "Over 4 weeks");
		assertThat(counted.bars()).extracting(Report.Bar::count).containsExactly(1L, 1L, 1L, 0L, 1L);
		assertThat(counted.behind().get("3-to-7-days")).extracting(DrillRow::reference)
			.as("exactly 3 days is in the next band")
			.containsExactly("REQ-13");
	}

	@Test
	void complaintsAreCountedByCauseAndResolvedOnesTimedByTheirMedian() {
		List<ComplaintSummary> complaints = List.of(complaint("CMP-1", "Late delivery", Duration.ofDays(2)),
				complaint("CMP-2", "Late delivery", Duration.ofDays(4)),
				complaint("CMP-3", "Late delivery", Duration.ofDays(9)), complaint("CMP-4", "Late delivery", null),
				complaint("CMP-5", null, null));
		Counted byCause = ReportCounting.complaintsByCause(complaints);
		assertThat(byCause.bars()).extracting(Report.Bar::label).containsExactly("Late delivery", "Not analysed yet");
		assertThat(byCause.bars().get(0).detail()).isEqualTo("4 received, 1 still open");
		Counted resolution = ReportCounting.resolution(complaints);
		Report.Bar late = resolution.bars()
			.stream()
			.filter((bar) -> bar.label().equals("Late delivery"))
			.findFirst()
			.orElseThrow();
		assertThat(late.value()).as("median of 2, 4 and 9 days").isEqualTo(4.0);
		assertThat(late.count()).isEqualTo(3);
		assertThat(late.detail()).isEqualTo("3 resolved, 1 not yet");
		assertThat(resolution.behind().get("late-delivery")).hasSize(4);
	}

	@Test
	void feedbackIsScoredPerKindAsTheFeedbackModuleScoresIt() {
		List<SurveyAnswerFact> answers = List.of(answer(SurveyKind.CSAT, 5), answer(SurveyKind.CSAT, 4),
				answer(SurveyKind.CSAT, 2), answer(SurveyKind.CSAT, 1), answer(SurveyKind.NPS, 10),
				answer(SurveyKind.NPS, 3));
		Counted counted = ReportCounting.feedback(answers);
		assertThat(counted.bars()).extracting(Report.Bar::value).containsExactly(50.0, 0.0);
		assertThat(counted.bars().get(0).detail()).isEqualTo("50 % satisfied from 4 answers");
	}

	@Test
	void aPartnerFilterSelectsRequestsHandedToItAndClocksThatMeasureIt() {
		RequestFact handed = request("REQ-20", NOW, List.of(COURIER));
		RequestFact not = request("REQ-21", NOW, List.of(OTHER));
		ReportFilter courier = new ReportFilter(null, null, COURIER, null, LocalDate.MIN, LocalDate.MAX);
		assertThat(ReportCounting.selects(courier, handed)).isTrue();
		assertThat(ReportCounting.selects(courier, not)).isFalse();
		assertThat(ReportCounting.measures(COURIER, clock(handed, "met", COURIER, "P1"), handed)).isTrue();
		assertThat(ReportCounting.measures(COURIER, clock(handed, "met", null, "P1"), handed))
			.as("the customer's clock measures our team, not the courier")
			.isFalse();
		assertThat(ReportCounting.measures(TEAM, clock(handed, "met", null, "P1"), handed)).isTrue();
		ReportFilter external = new ReportFilter(SERVICE, TEAM, null, false, LocalDate.MIN, LocalDate.MAX);
		assertThat(ReportCounting.selects(external, handed)).isTrue();
		assertThat(ReportCounting.selects(external.withPartner(null), request("REQ-22", NOW, List.of()))).isTrue();
		assertThat(
				ReportCounting.selects(new ReportFilter(null, null, null, true, LocalDate.MIN, LocalDate.MAX), handed))
			.isFalse();
	}

	@Test
	void aFilterSurvivesBeingStoredAsAQueryString() {
		ReportFilter filter = new ReportFilter(SERVICE, null, COURIER, true, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 31));
		ReportFilter read = ReportFilter.fromQuery(filter.query(), filter.from(), filter.to());
		assertThat(read).isEqualTo(filter);
		assertThat(ReportFilter.fromQuery("", filter.from(), filter.to()).service()).isNull();
	}

	@Test
	void scheduledReportsRunMondayOrTheFirstAtSixAndCoverTheWeekOrMonthBefore() {
		Instant wednesday = Instant.parse("2026-11-18T10:00:00Z");
		Instant monday = ReportFrequency.WEEKLY.nextAfter(wednesday);
		assertThat(monday).isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
		assertThat(ReportFrequency.WEEKLY.periodBefore(monday)).containsExactly(LocalDate.of(2026, 11, 16),
				LocalDate.of(2026, 11, 22));
		Instant first = ReportFrequency.MONTHLY.nextAfter(wednesday);
		assertThat(first).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
		assertThat(ReportFrequency.MONTHLY.periodBefore(first)).containsExactly(LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 30));
		assertThat(ReportFrequency.WEEKLY.nextAfter(monday)).as("strictly after")
			.isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
		// Summer time: 06:00 London is 05:00 UTC.
		assertThat(ReportFrequency.MONTHLY.nextAfter(Instant.parse("2026-06-15T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-07-01T05:00:00Z"));
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunStayText() throws Exception {
		assertThat(CsvCells.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		for (String formula : List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(CsvCells.safe(formula)).startsWith("'");
		}
		assertThat(CsvCells.safe("Late delivery")).isEqualTo("Late delivery");
		assertThat(CsvCells.safe(null)).isEmpty();

		Report report = new Report(ReportKind.COMPLAINTS_BY_CAUSE,
				new ReportFilter(null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
				"2026-01-01 to 2026-01-31",
				List.of(new Report.Bar("x", "=cmd|' /C calc'!A0", 3.0, 3, "@SUM(1+1)*cmd|' /C calc'!A0")),
				"How it counts", "Europe/London", NOW);
		String csv = new ReportDocuments(null).csv(report);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records.get(0).get("Bar")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(records.get(0).get("Detail")).startsWith("'@");
		assertThat(records.get(0).get("Value")).isEqualTo("3");
		assertThat(csv).contains("How this is counted,How it counts");
	}

	static RequestFact request(String reference, Instant opened, List<UUID> parties) {
		return new RequestFact(UUID.randomUUID(), reference, RequestStatus.OPEN, Priority.P2, SERVICE, "Delivery", TEAM,
				"Front line", UUID.randomUUID(), false, opened, null, parties);
	}

	static ClockRecord clock(RequestFact request, String state, UUID party, String priority) {
		return new ClockRecord(request.id(), (party != null) ? ClockKind.TASK_RESOLUTION : ClockKind.RESOLUTION, party,
				UUID.randomUUID(), priority, state, request.openedAt());
	}

	static ComplaintSummary complaint(String reference, String cause, Duration resolvedAfter) {
		Instant received = NOW.minus(Duration.ofDays(20));
		return new ComplaintSummary(UUID.randomUUID(), reference, "Late", "A customer", false, "Delivery", "Courier",
				"Delivery", cause, Severity.values()[0], ComplaintStatus.values()[0], received, null,
				(resolvedAfter != null) ? received.plus(resolvedAfter) : null, false, false, false, 1, false, null,
				null);
	}

	static SurveyAnswerFact answer(SurveyKind kind, int score) {
		return new SurveyAnswerFact(UUID.randomUUID(), "REQ-9", kind, score, NOW, SERVICE, TEAM, false, List.of());
	}

}
