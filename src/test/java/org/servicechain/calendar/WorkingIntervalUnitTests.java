package org.servicechain.calendar;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.servicechain.calendar.CalendarFixtures.time;

class WorkingIntervalUnitTests {

	@Test
	void parsesSameDayInterval() {
		WorkingInterval interval = WorkingInterval.parse("08:00-12:30");

		assertThat(interval).isEqualTo(new WorkingInterval(time("08:00"), time("12:30"), false));
		assertThat(interval.nominalDuration()).isEqualTo(Duration.ofMinutes(270));
		assertThat(interval.crossesMidnight()).isFalse();
		assertThat(interval).hasToString("08:00-12:30");
	}

	@Test
	void writesMidnightEndAsTwentyFourHundred() {
		WorkingInterval interval = WorkingInterval.parse("13:00-24:00");

		assertThat(interval).isEqualTo(WorkingInterval.of(time("13:00"), LocalTime.MIDNIGHT));
		assertThat(interval.endsAtMidnight()).isTrue();
		assertThat(interval.crossesMidnight()).isFalse();
		assertThat(interval.nominalDuration()).isEqualTo(Duration.ofHours(11));
		assertThat(interval).hasToString("13:00-24:00");
	}

	@Test
	void parsesNightShiftEndingNextDay() {
		WorkingInterval interval = WorkingInterval.parse("22:00-06:00+1");

		assertThat(interval).isEqualTo(WorkingInterval.overnight(time("22:00"), time("06:00")));
		assertThat(interval.crossesMidnight()).isTrue();
		assertThat(interval.nominalDuration()).isEqualTo(Duration.ofHours(8));
		assertThat(WorkingInterval.parse(interval.toString())).isEqualTo(interval);
	}

	@Test
	void allDayLastsTwentyFourHours() {
		assertThat(WorkingInterval.allDay()).isEqualTo(WorkingInterval.parse("00:00-24:00"));
		assertThat(WorkingInterval.allDay().nominalDuration()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void acceptsWholeSeconds() {
		assertThat(WorkingInterval.parse("09:00:30-17:00:15").nominalDuration())
			.isEqualTo(Duration.ofHours(8).minusSeconds(15));
	}

	@Test
	void rejectsReversedIntervalInsteadOfGuessingNightShift() {
		assertThatExceptionOfType(InvalidCalendarException.class).isThrownBy(() -> WorkingInterval.parse("22:00-06:00"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("end");
				assertThat(ex.rule()).contains("must be after start").contains("+1");
			});
	}

	@Test
	void rejectsEmptyInterval() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> WorkingInterval.of(time("09:00"), time("09:00")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("end"));
	}

	@Test
	void rejectsShiftLongerThanTwentyFourHours() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> WorkingInterval.overnight(time("22:00"), time("23:00")))
			.satisfies((ex) -> assertThat(ex.rule()).contains("at most 24 hours"));
	}

	@Test
	void rejectsFractionsOfSeconds() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> WorkingInterval.of(time("09:00:00.5"), time("10:00")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("start"));
	}

	@Test
	void rejectsMalformedText() {
		assertThatExceptionOfType(InvalidCalendarException.class).isThrownBy(() -> WorkingInterval.parse("9 to 5"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("interval"));
		assertThatExceptionOfType(InvalidCalendarException.class).isThrownBy(() -> WorkingInterval.parse("09:00-5pm"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("end"));
	}

	@Test
	void sortsByStart() {
		assertThat(WorkingInterval.parse("08:00-09:00")).isLessThan(WorkingInterval.parse("13:00-14:00"));
	}

}
