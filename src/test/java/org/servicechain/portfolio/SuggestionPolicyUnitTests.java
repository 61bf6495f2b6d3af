package org.servicechain.portfolio;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.servicechain.portfolio.SuggestionPolicy.Fact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sources added for issue 17 usually evidence: relationship log entries (B9's
 * cooperative and uncooperative partners, new and long-term suppliers), 1:1 minutes and
 * meeting actions (328's minutes of 1:1s, B9 2.5 and NOS P12 for reviews with partners),
 * and survey answers (B10's feedback asked for, 328's feedback logs).
 */
class SuggestionPolicyUnitTests {

	@Test
	void aRelationshipLogEntryShowsRapportAndWhatKindOfPartnerItWasWith() {
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.RELATIONSHIP_ENTRY, Set.of())).containsExactly("B9 2.1",
				"CFACSB9 P8");
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.RELATIONSHIP_ENTRY,
				EnumSet.of(Fact.COOPERATIVE, Fact.REGULAR_SUPPLIER)))
			.contains("B9 E5a", "B9 E6a")
			.doesNotContain("B9 E5b", "B9 E6b");
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.RELATIONSHIP_ENTRY,
				EnumSet.of(Fact.UNCOOPERATIVE, Fact.NEW_SUPPLIER)))
			.contains("B9 E5b", "B9 E6b")
			.doesNotContain("B9 E5a", "B9 E6a");
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.RELATIONSHIP_ENTRY, EnumSet.of(Fact.INTERNAL_PARTNER)))
			.contains("B9 1.5", "CFACSB9 P7");
	}

	@Test
	void oneToOneMinutesAndMeetingActionsMapToMinutesOrPartnerWork() {
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.ONE_TO_ONE, Set.of())).containsExactly("328 E10",
				"328 E4");
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.MEETING_ACTION, EnumSet.of(Fact.ONE_TO_ONE)))
			.contains("328 E10", "328 E13")
			.doesNotContain("B9 2.5", "B10 E5a");
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.MEETING_ACTION,
				EnumSet.of(Fact.PARTNER_REVIEW, Fact.COMPLETED)))
			.contains("B9 1.5", "B9 2.5", "CFACSB9 P7", "CFACSB9 P12", "B10 E5a")
			.doesNotContain("328 E10");
	}

	@Test
	void aSurveyAnswerIsFeedbackAskedForAndForAnInternalCustomer328Feedback() {
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.SURVEY_ANSWER, EnumSet.of(Fact.EXTERNAL_CUSTOMER)))
			.containsExactly("B10 2.5", "B10 E5c", "328 E8");
		assertThat(SuggestionPolicy.criteriaFor(EvidenceSource.SURVEY_ANSWER, EnumSet.of(Fact.INTERNAL_CUSTOMER)))
			.contains("B10 E5c", "328 10.1", "328 6.1");
	}

	@Test
	void everyKindOfRecordSuggestsSomething() {
		for (EvidenceSource kind : EvidenceSource.values()) {
			assertThat(SuggestionPolicy.criteriaFor(kind, Set.of())).as(kind.name()).isNotEmpty();
		}
	}

	@Test
	void everyKindFitsTheColumnThatStoresIt() {
		for (EvidenceSource kind : EvidenceSource.values()) {
			assertThat(kind.name()).hasSizeLessThanOrEqualTo(30);
		}
	}

}
