package org.servicechain.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The score arithmetic and the audit's state rules (FB-7), without Spring.
 */
class AuditUnitTests {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static AuditScore.Line line(int weight, ItemResult result) {
		return new AuditScore.Line(weight, result);
	}

	@Test
	void scoresTheWeightedShareMetWithPartlyAsHalfAndNotApplicableLeftOut() {
		// 3 met + 2 partly (1) + 1 not met, N/A 5 excluded: 4 of 6
		assertThat(AuditScore.of(List.of(line(3, ItemResult.MET), line(2, ItemResult.PARTLY),
				line(1, ItemResult.NOT_MET), line(5, ItemResult.NOT_APPLICABLE))))
			.isEqualTo(66.7);
		assertThat(AuditScore.of(List.of(line(1, ItemResult.MET), line(1, ItemResult.MET)))).isEqualTo(100.0);
		assertThat(AuditScore.of(List.of(line(4, ItemResult.NOT_MET)))).isEqualTo(0.0);
		assertThat(AuditScore.of(List.of(line(1, ItemResult.PARTLY)))).isEqualTo(50.0);
	}

	@Test
	void hasNoScoreWhenNothingCounts() {
		assertThat(AuditScore.of(List.of())).isNull();
		assertThat(AuditScore.of(List.of(line(2, ItemResult.NOT_APPLICABLE), line(1, null)))).isNull();
	}

	@Test
	void unansweredItemsDoNotCountTowardsTheScoreSoFar() {
		assertThat(AuditScore.of(List.of(line(2, ItemResult.MET), line(8, null)))).isEqualTo(100.0);
	}

	private static Audit audit(RecurrenceUnit unit, Integer every) {
		ChecklistTemplate template = new ChecklistTemplate(
				new TemplateDetails("Hand-over", AuditSubjectKind.PARTNER, AuditKind.SERVICE_AUDIT, null,
						List.of(new ChecklistItem("Scans", null, 3), new ChecklistItem("Strapped", null, 1))),
				NOW);
		return new Audit(7, template,
				new Audit.Subject(AuditSubjectKind.PARTNER, java.util.UUID.randomUUID(), null, "Courier"), "maria",
				"Maria", LocalDate.of(2026, 3, 1), unit, every, "maria", NOW);
	}

	@Test
	void firstResultStartsTheAuditAndCompletingNeedsEveryItemAnswered() {
		Audit audit = audit(null, null);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.SCHEDULED);
		assertThat(audit.reference()).isEqualTo("AUD-7");
		audit.record(List.of(new ItemAnswer(1, ItemResult.MET, "ok")), NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);
		assertThatThrownBy(() -> audit.complete(NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("[2]");
		audit.record(List.of(new ItemAnswer(2, ItemResult.PARTLY, null)), NOW);
		audit.complete(NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.COMPLETED);
		assertThat(audit.getScore()).isEqualTo(87.5);
		assertThatThrownBy(() -> audit.record(List.of(new ItemAnswer(1, ItemResult.NOT_MET, null)), NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> audit.cancel("late", NOW)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void cancellingNeedsAReasonAndEndsTheAudit() {
		Audit audit = audit(null, null);
		assertThatThrownBy(() -> audit.cancel(" ", NOW)).isInstanceOf(InvalidInputException.class);
		audit.cancel("Depot closed", NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.CANCELLED);
		assertThat(audit.overdue(LocalDate.of(2027, 1, 1))).isFalse();
		assertThatThrownBy(() -> audit.addFinding(new FindingDetails(null, FindingSeverity.MINOR, "x"), "maria", NOW))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aFindingOnAnItemNeedsTheItemPartlyOrNotMetAndRaisesOneActionOnly() {
		Audit audit = audit(null, null);
		audit.record(List.of(new ItemAnswer(1, ItemResult.MET, null), new ItemAnswer(2, ItemResult.NOT_MET, null)),
				NOW);
		assertThatThrownBy(
				() -> audit.addFinding(new FindingDetails(1, FindingSeverity.MAJOR, "fine really"), "maria", NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> audit.addFinding(new FindingDetails(2, null, " "), "maria", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getViolations()).extracting("field").contains("severity", "text"));
		AuditFinding finding = audit.addFinding(new FindingDetails(2, FindingSeverity.MAJOR, "Loose"), "maria", NOW);
		AuditFinding free = audit.addFinding(new FindingDetails(null, FindingSeverity.MINOR, "Dirty van"), "maria",
				NOW);
		assertThat(finding.getNumber()).isEqualTo(1);
		assertThat(free.getNumber()).isEqualTo(2);
		audit.raised(1, java.util.UUID.randomUUID(), "Strap them");
		assertThatThrownBy(() -> audit.actionable(1)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void isOverdueOnlyWhileOpenAfterItsDueDateAndRecursFromItsDueDate() {
		Audit audit = audit(RecurrenceUnit.WEEKS, 4);
		assertThat(audit.overdue(LocalDate.of(2026, 3, 1))).isFalse();
		assertThat(audit.overdue(LocalDate.of(2026, 3, 2))).isTrue();
		assertThat(audit.nextDue()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(audit(RecurrenceUnit.MONTHS, 1).nextDue()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(audit(null, null).nextDue()).isNull();
	}

	@Test
	void templateDetailsNameTheFieldOfEachBadItem() {
		TemplateDetails details = new TemplateDetails(" ", null, AuditKind.SERVICE_AUDIT, null,
				List.of(new ChecklistItem("ok", null, 0), new ChecklistItem(" ", null, null)));
		assertThatThrownBy(details::validate).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getViolations()).extracting("field")
					.contains("name", "subjectKind", "items[0].weight", "items[1].question", "items[1].weight"));
	}

}
