package org.servicechain.businesscalendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading the due question's parameters and placing local times in a calendar's zone.
 */
class DueQueryUnitTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void readsInstantsOffsetsAndLocalDateTimes() {
		assertThat(TimeInput.parse("start", "2026-07-03T15:00:00Z").in(LONDON, "start"))
			.isEqualTo(Instant.parse("2026-07-03T15:00:00Z"));
		assertThat(TimeInput.parse("start", "2026-07-03T16:00+01:00").in(LONDON, "start"))
			.isEqualTo(Instant.parse("2026-07-03T15:00:00Z"));
		// What an unencoded '+' in a query string turns into.
		assertThat(TimeInput.parse("start", "2026-07-03T16:00 01:00").in(LONDON, "start"))
			.isEqualTo(Instant.parse("2026-07-03T15:00:00Z"));
		TimeInput local = TimeInput.parse("start", "2026-07-03T15:00");
		assertThat(local.local()).isEqualTo(LocalDateTime.of(2026, 7, 3, 15, 0));
		assertThat(local.in(LONDON, "start")).isEqualTo(Instant.parse("2026-07-03T14:00:00Z"));
		assertThat(local.in(ZoneId.of("UTC"), "start")).isEqualTo(Instant.parse("2026-07-03T15:00:00Z"));
	}

	@Test
	void placesLocalTimesAroundClockChangesAsTheCalendarDoes() {
		// 01:30 on 2026-03-29 does not exist in London: the end of the gap, 02:00 BST.
		assertThat(TimeInput.of(LocalDateTime.of(2026, 3, 29, 1, 30)).in(LONDON, "start"))
			.isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
		// 01:30 on 2026-10-25 happens twice: the first time, still BST.
		assertThat(TimeInput.of(LocalDateTime.of(2026, 10, 25, 1, 30)).in(LONDON, "start"))
			.isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void readsDurationsAndWorkingDays() {
		DueQuery hours = DueQuery.parse("2026-11-27T15:00", "PT4H30M", null);
		assertThat(hours.duration()).isEqualTo(Duration.ofMinutes(270));
		assertThat(hours.describeAmount()).isEqualTo("PT4H30M");
		assertThat(DueQuery.parse(null, "-PT2H", null).duration()).isEqualTo(Duration.ofHours(-2));
		assertThat(DueQuery.parse(" ", " pt2h ", null).start()).isNull();
		DueQuery days = DueQuery.parse(null, "", 3);
		assertThat(days.days()).isEqualTo(3);
		assertThat(days.describeAmount()).isEqualTo("3 working days");
	}

	@Test
	void namesEveryBadParameter() {
		assertThat(violations("yesterday", "four hours", null)).extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("start", "format"), tuple("duration", "format"));
		assertThat(violations(null, "PT4H", 2)).extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("days", "exclusive"));
		assertThat(violations(null, null, null)).extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("duration", "required"));
		assertThat(violations(null, "P1D", null)).extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("duration", "no-days"));
		assertThat(violations(null, "P1DT2H", null)).extracting(FieldViolation::rule).containsExactly("no-days");
		assertThat(violations(null, "PT876601H", null)).extracting(FieldViolation::rule).containsExactly("max");
		assertThat(violations(null, "-PT876601H", null)).extracting(FieldViolation::rule).containsExactly("max");
		assertThat(violations(null, "PT-9223372036854775808S", null)).extracting(FieldViolation::rule)
			.containsExactly("max");
	}

	private static List<FieldViolation> violations(String start, String duration, Integer days) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> DueQuery.parse(start, duration, days));
		assertThat(ex).as("the question is invalid").isNotNull();
		return ex.getViolations();
	}

}
