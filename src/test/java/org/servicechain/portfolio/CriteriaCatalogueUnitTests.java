package org.servicechain.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue against the standards' texts (../shared/standards): every learning
 * outcome, assessment criterion, performance criterion, knowledge item and evidence
 * requirement, counted by hand from the texts. B9: 3 outcomes, 18 criteria (1.1–1.6,
 * 2.1–2.6, 3.1–3.6), 8 knowledge bullets, 10 evidence requirements (1–4, 5a/b, 6a/b,
 * 7a/b). B10: 4 outcomes, 23 criteria (1.1–1.3, 2.1–2.8, 3.1–3.4, 4.1–4.8), 16 knowledge
 * bullets, 11 requirements (1–3, 4a–d, 5a–c, 6). 328: 10 outcomes, 28 criteria (9.1 split
 * into a, b, c), no knowledge column, 13 example kinds of evidence. CFACSB9: 14
 * performance criteria, 12 knowledge items.
 */
class CriteriaCatalogueUnitTests {

	private final List<Criterion> criteria = CriteriaCatalogue.read();

	private long count(String standard, CriterionKind kind) {
		return this.criteria.stream().filter((c) -> c.standard().equals(standard) && c.kind() == kind).count();
	}

	@Test
	void holdsEveryLineOfTheFourStandards() {
		assertThat(count("B9", CriterionKind.LEARNING_OUTCOME)).isEqualTo(3);
		assertThat(count("B9", CriterionKind.ASSESSMENT_CRITERION)).isEqualTo(18);
		assertThat(count("B9", CriterionKind.KNOWLEDGE)).isEqualTo(8);
		assertThat(count("B9", CriterionKind.EVIDENCE_REQUIREMENT)).isEqualTo(10);
		assertThat(count("B10", CriterionKind.LEARNING_OUTCOME)).isEqualTo(4);
		assertThat(count("B10", CriterionKind.ASSESSMENT_CRITERION)).isEqualTo(23);
		assertThat(count("B10", CriterionKind.KNOWLEDGE)).isEqualTo(16);
		assertThat(count("B10", CriterionKind.EVIDENCE_REQUIREMENT)).isEqualTo(11);
		assertThat(count("328", CriterionKind.LEARNING_OUTCOME)).isEqualTo(10);
		assertThat(count("328", CriterionKind.ASSESSMENT_CRITERION)).isEqualTo(28);
		assertThat(count("328", CriterionKind.EVIDENCE_REQUIREMENT)).isEqualTo(13);
		assertThat(count("CFACSB9", CriterionKind.PERFORMANCE_CRITERION)).isEqualTo(14);
		assertThat(count("CFACSB9", CriterionKind.KNOWLEDGE)).isEqualTo(12);
		assertThat(this.criteria).hasSize(170);
	}

	@Test
	void codesAreUniqueAndNumberedAsInTheTexts() {
		assertThat(this.criteria.stream().map(Criterion::code).distinct()).hasSize(this.criteria.size());
		Set<String> b9 = this.criteria.stream()
			.filter((c) -> c.standard().equals("B9") && c.kind() == CriterionKind.ASSESSMENT_CRITERION)
			.map(Criterion::shortCode)
			.collect(Collectors.toSet());
		for (int outcome = 1; outcome <= 3; outcome++) {
			for (int criterion = 1; criterion <= 6; criterion++) {
				assertThat(b9).contains(outcome + "." + criterion);
			}
		}
		assertThat(this.criteria).filteredOn((c) -> c.code().equals("B9 2.6"))
			.singleElement()
			.extracting(Criterion::text)
			.asString()
			.startsWith("Agree with service partners how their work will be prioritised");
	}

	@Test
	void everySuggestedCodeIsInTheCatalogueAndTakesEvidence() {
		Map<String, Criterion> byCode = this.criteria.stream().collect(Collectors.toMap(Criterion::code, (c) -> c));
		assertThat(SuggestionPolicy.allCodes()).allSatisfy((code) -> {
			assertThat(byCode).containsKey(code);
			assertThat(byCode.get(code).kind().takesEvidence()).isTrue();
		});
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.CHAIN_TASK, Set.of(SuggestionPolicy.Fact.DECLINED)))
			.contains("B9 E5b", "B10 2.2")
			.doesNotContain("B9 E5a");
	}

	@Test
	void sufficiencyWantsDifferentCustomersOnDifferentOccasions() {
		Instant monday = Instant.parse("2026-11-02T10:00:00Z");
		UUID carol = UUID.randomUUID();
		SufficiencyView once = SufficiencyPolicy.of(CriterionKind.ASSESSMENT_CRITERION,
				List.of(new SufficiencyPolicy.Piece(monday, carol), new SufficiencyPolicy.Piece(monday, carol)));
		assertThat(once.pieces()).isEqualTo(2);
		assertThat(once.occasions()).isEqualTo(1);
		assertThat(once.enough()).isFalse();
		SufficiencyView spread = SufficiencyPolicy.of(CriterionKind.ASSESSMENT_CRITERION,
				List.of(new SufficiencyPolicy.Piece(monday, carol),
						new SufficiencyPolicy.Piece(monday.plusSeconds(9 * 86_400), UUID.randomUUID())));
		assertThat(spread.enough()).isTrue();
		assertThat(spread.customers()).isEqualTo(2);
		assertThat(spread.days()).isEqualTo(10);
		assertThat(SufficiencyPolicy.of(CriterionKind.KNOWLEDGE, List.of()).gap()).isTrue();
	}

	@Test
	void redactsTheCustomerAndAnyContactDetails() {
		String text = "Rang Carol Hughes back on 07700 900123 and wrote to carol@example.org; carol hughes was happy.";
		String redacted = Redaction.redact(text, List.of("Carol Hughes"));
		assertThat(redacted).doesNotContainIgnoringCase("carol hughes")
			.doesNotContain("07700")
			.doesNotContain("@example.org")
			.contains(Redaction.CUSTOMER)
			.contains(Redaction.PHONE)
			.contains(Redaction.EMAIL);
		assertThat(Redaction.redact("REQ-1042 on 3 Nov", List.of())).isEqualTo("REQ-1042 on 3 Nov");
	}

}
