package org.servicechain.agreements.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.EscalationEffect;
import org.servicechain.agreements.Priority;
import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TermsFormUnitTests {

	static final UUID KAREN = UUID.randomUUID();

	@Test
	void readsTargetsListsMeasuresAndEscalation() {
		TermsForm form = new TermsForm(
				List.of(row(Priority.P1, "1h", "8h"), row(Priority.P2, "", ""), row(Priority.P3, "4h", "PT24H"),
						row(Priority.P4, "8h", "40h")),
				"First-contact resolution | % | 70 | higher\nCSAT | points | 4.2\nReopened | % | 5 | lower",
				"Be told of planned outages\n\n", " Collect by 15:00 \nReport weekly", null, null,
				List.of(new TermsForm.EscalationRow(1, null, "", ""),
						new TermsForm.EscalationRow(2, KAREN, "4h", "Call the duty manager",
								EscalationEffect.REASSIGN)),
				"Re-delivery free of charge", "5 % per breach", ConflictRule.PRIORITY_THEN_EXTERNAL, " ", "Fewer calls",
				"Steady volume", null);

		TermsForm.Parsed parsed = form.parse();
		AgreementTerms terms = parsed.terms();

		assertThat(terms.targets()).extracting(AgreementTerms.Target::priority)
			.containsExactly(Priority.P1, Priority.P3, Priority.P4);
		assertThat(terms.target(Priority.P3).orElseThrow().resolution()).isEqualTo(Duration.ofHours(24));
		assertThat(terms.qualityMeasures()).extracting(AgreementTerms.QualityMeasure::describe)
			.containsExactly("First-contact resolution ≥ 70 %", "CSAT ≥ 4.2 points", "Reopened ≤ 5 %");
		assertThat(terms.qualityMeasures().get(1).target()).isEqualByComparingTo(new BigDecimal("4.2"));
		assertThat(terms.providerRights()).containsExactly("Be told of planned outages");
		assertThat(terms.providerResponsibilities()).containsExactly("Collect by 15:00", "Report weekly");
		assertThat(terms.consumerRights()).isEmpty();
		assertThat(terms.escalationPath()).singleElement().satisfies((step) -> {
			assertThat(step.level()).isEqualTo(2);
			assertThat(step.contactId()).isEqualTo(KAREN);
			assertThat(step.after()).isEqualTo(Duration.ofHours(4));
			assertThat(step.effect()).isEqualTo(EscalationEffect.REASSIGN);
		});
		assertThat(TermsForm.of(terms).escalationRows().get(0).effect()).as("shown again on the form")
			.isEqualTo(EscalationEffect.REASSIGN);
		assertThat(terms.conflictReasoning()).isNull();
		// The facade names the second target and the first step; the form shows rows 3
		// and 2.
		assertThat(parsed.formField("targets[1].resolution")).isEqualTo("targets[2].resolution");
		assertThat(parsed.formField("escalationPath[0].contactId")).isEqualTo("escalationPath[1].contactId");
		assertThat(parsed.toFormFields(Map.of("title", "x"))).containsEntry("title", "x");
	}

	@Test
	void namesEveryFieldThatCannotBeRead() {
		TermsForm form = new TermsForm(List.of(row(Priority.P1, "1h", "soon"), row(Priority.P2, "2h", "")),
				"CSAT | | x", null, null, null, null, List.of(new TermsForm.EscalationRow(1, null, "4h", "")), null,
				null, null, null, null, null, null);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(form::parse).satisfies((ex) -> {
			assertThat(ex.getViolations()).extracting((v) -> v.field() + " " + v.rule())
				.containsExactlyInAnyOrder("targets[0].resolution duration", "targets[1].resolution required",
						"escalationPath[0].contactId required", "qualityMeasures number");
		});
	}

	@Test
	void refusesMeasuresWithoutDirectionOrParts() {
		TermsForm form = new TermsForm(null, "CSAT | points | 4 | sideways\njust a name", null, null, null, null, null,
				null, null, null, null, null, null, null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(form::parse)
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting((v) -> v.rule())
				.containsExactly("direction", "format"));
	}

	@Test
	void showsTermsAsTheyWereTyped() {
		TermsForm form = new TermsForm(List.of(row(Priority.P1, "1h 30m", "16h")), "CSAT | points | 4.20 | higher",
				"A\nB", null, null, null, List.of(new TermsForm.EscalationRow(1, KAREN, "2h", "Ring")), null, null,
				null, null, null, null, null);
		TermsForm shown = TermsForm.of(form.parse().terms());
		assertThat(shown.targetRows()).hasSize(4);
		assertThat(shown.targetRows().get(0)).isEqualTo(row(Priority.P1, "1h 30m", "16h"));
		assertThat(shown.targetRows().get(3)).isEqualTo(row(Priority.P4, "", ""));
		assertThat(shown.qualityMeasures()).isEqualTo("CSAT | points | 4.2 | higher");
		assertThat(shown.providerRights()).isEqualTo("A\nB");
		assertThat(shown.escalationRows()).hasSize(TermsForm.ESCALATION_ROWS);
		assertThat(shown.escalationRows().get(0).after()).isEqualTo("2h");
	}

	private static TermsForm.TargetRow row(Priority priority, String firstResponse, String resolution) {
		return new TermsForm.TargetRow(priority, firstResponse, resolution);
	}

	@Test
	void readsQualityMeasuresFromRowsAndNamesTheBadCell() {
		TermsForm form = new TermsForm(List.of(row(Priority.P1, "1h", "8h")), null, null, null, null, null, null, null,
				null, null, null, null, null, null,
				List.of(new TermsForm.MeasureRow("First-contact resolution", "%", "70", "higher"),
						new TermsForm.MeasureRow("", "", "", "higher"),
						new TermsForm.MeasureRow("Reopened", "%", "5,5", "lower")));
		AgreementTerms terms = form.parse().terms();
		assertThat(terms.qualityMeasures()).extracting(AgreementTerms.QualityMeasure::name)
			.containsExactly("First-contact resolution", "Reopened");
		assertThat(terms.qualityMeasures().get(0).higherIsBetter()).isTrue();
		assertThat(terms.qualityMeasures().get(1).higherIsBetter()).isFalse();
		assertThat(terms.qualityMeasures().get(1).target()).isEqualByComparingTo(new BigDecimal("5.5"));
		// Shown again as rows, with one empty row to add another
		assertThat(TermsForm.of(terms).measureRows()).hasSize(3)
			.first()
			.isEqualTo(new TermsForm.MeasureRow("First-contact resolution", "%", "70", "higher"));

		TermsForm bad = new TermsForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, List.of(new TermsForm.MeasureRow("CSAT", "", "many", "higher")));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(bad::parse)
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting((v) -> v.field() + " " + v.rule())
				.containsExactly("measures[0].unit required", "measures[0].target number"));
	}

	@Test
	void showsTypedLinesAsRows() {
		TermsForm form = new TermsForm(null, "CSAT | points | 4.2 | lower", null, null, null, null, null, null, null,
				null, null, null, null, null);
		assertThat(form.measureRows()).containsExactly(new TermsForm.MeasureRow("CSAT", "points", "4.2", "lower"),
				new TermsForm.MeasureRow("", "", "", "higher"));
	}

	@Test
	void keepsTheClockRulesThroughTheForm() {
		org.servicechain.agreements.AgreementTerms terms = org.servicechain.agreements.AgreementTerms.empty()
			.withClockRules(new org.servicechain.agreements.AgreementTerms.ClockRules(60, false, true,
					java.time.Duration.ofHours(4)));
		TermsForm form = TermsForm.of(terms);
		assertThat(form.keepInformedEvery()).isEqualTo("4h");
		assertThat(form.parse().terms().clockRules()).isEqualTo(terms.clockRules());
		assertThat(TermsForm.of(org.servicechain.agreements.AgreementTerms.empty()).parse().terms().clockRules())
			.as("left empty, the defaults apply")
			.isNull();
	}

}
