package org.servicechain.agreements.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BusinessTimeUnitTests {

	@Test
	void readsHoursAndMinutesAsPeopleTypeThem() {
		assertThat(BusinessTime.parse("f", "4h")).isEqualTo(Duration.ofHours(4));
		assertThat(BusinessTime.parse("f", "16h")).isEqualTo(Duration.ofHours(16));
		assertThat(BusinessTime.parse("f", "1h 30m")).isEqualTo(Duration.ofMinutes(90));
		assertThat(BusinessTime.parse("f", "1h30m")).isEqualTo(Duration.ofMinutes(90));
		assertThat(BusinessTime.parse("f", "90m")).isEqualTo(Duration.ofMinutes(90));
		assertThat(BusinessTime.parse("f", " 2 hours ")).isEqualTo(Duration.ofHours(2));
		assertThat(BusinessTime.parse("f", "45 min")).isEqualTo(Duration.ofMinutes(45));
	}

	@Test
	void readsIsoDurations() {
		assertThat(BusinessTime.parse("f", "PT4H")).isEqualTo(Duration.ofHours(4));
		assertThat(BusinessTime.parse("f", "pt1h30m")).isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void readsNothingAsNoDuration() {
		assertThat(BusinessTime.parse("f", null)).isNull();
		assertThat(BusinessTime.parse("f", "  ")).isNull();
	}

	@Test
	void namesTheFieldOfSomethingThatIsNotADuration() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> BusinessTime.parse("targets[0].resolution", "soon"))
			.satisfies((ex) -> {
				assertThat(ex.getViolations()).singleElement().satisfies((violation) -> {
					assertThat(violation.field()).isEqualTo("targets[0].resolution");
					assertThat(violation.rule()).isEqualTo("duration");
					assertThat(violation.message()).contains("'soon'", "4h");
				});
			});
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> BusinessTime.parse("f", "4d"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> BusinessTime.parse("f", "PT4X"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> BusinessTime.parse("f", "h"));
	}

	@Test
	void refusesZero() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> BusinessTime.parse("f", "0h"))
			.satisfies((ex) -> assertThat(ex.getViolations().get(0).rule()).isEqualTo("positive"));
	}

	@Test
	void writesDurationsAsHoursAndMinutes() {
		assertThat(BusinessTime.format(Duration.ofHours(16))).isEqualTo("16h");
		assertThat(BusinessTime.format(Duration.ofMinutes(90))).isEqualTo("1h 30m");
		assertThat(BusinessTime.format(Duration.ofMinutes(45))).isEqualTo("45m");
		assertThat(BusinessTime.format(null)).isEmpty();
		assertThat(BusinessTime.parse("f", BusinessTime.format(Duration.ofMinutes(150))))
			.isEqualTo(Duration.ofMinutes(150));
	}

}
