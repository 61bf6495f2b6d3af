package org.servicechain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldLabelsUnitTests {

	@Test
	void weekdayHoursReadAsWords() {
		assertThat(FieldLabels.of("hours.MONDAY")).isEqualTo("Hours: Monday");
	}

	@Test
	void camelCaseBecomesWords() {
		assertThat(FieldLabels.of("validFrom")).isEqualTo("Valid from");
		assertThat(FieldLabels.of("partnerStatusSince")).isEqualTo("Partner status since");
	}

	@Test
	void indexesCountFromOne() {
		assertThat(FieldLabels.of("holidays[2].name")).isEqualTo("Holidays 3: name");
	}

	@Test
	void codesWithDigitsStay() {
		assertThat(FieldLabels.of("targets.P1.resolution")).isEqualTo("Targets: P1: resolution");
	}

	@Test
	void plainWordsAreCapitalised() {
		assertThat(FieldLabels.of("name")).isEqualTo("Name");
		assertThat(FieldLabels.of("UNDER_REVIEW")).isEqualTo("Under review");
	}

	@Test
	void valuesReadAsWords() {
		assertThat(FieldLabels.value("INTERNAL_TEAM")).isEqualTo("Internal team");
		assertThat(FieldLabels.value("CUSTOMER_SLA")).isEqualTo("Customer SLA");
		assertThat(FieldLabels.value("OLA")).isEqualTo("OLA");
		assertThat(FieldLabels.value("true")).isEqualTo("yes");
		assertThat(FieldLabels.value("Warehouse & Dispatch")).isEqualTo("Warehouse & Dispatch");
		assertThat(FieldLabels.value("P1")).isEqualTo("P1");
		assertThat(FieldLabels.value(null)).isNull();
	}

}
