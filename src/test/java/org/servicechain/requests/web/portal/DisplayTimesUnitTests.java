package org.servicechain.requests.web.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the portal pages say when something happened or is due.
 */
class DisplayTimesUnitTests {

	private static final Instant NOW = Instant.parse("2026-07-14T09:00:00Z");

	private final DisplayTimes times = new DisplayTimes(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void saysTimesInTheOrganisationsZoneWithTheYearOnlyWhenItIsAnotherOne() {
		assertThat(this.times.at(NOW)).isEqualTo("Tue 14 Jul, 10:00");
		assertThat(this.times.at(Instant.parse("2025-12-24T15:30:00Z"))).isEqualTo("24 Dec 2025, 15:30");
		assertThat(this.times.iso(NOW)).isEqualTo("2026-07-14T10:00:00+01:00");
		assertThat(this.times.at(null)).isEmpty();
	}

	@Test
	void saysHowFarAwaySomethingIs() {
		assertThat(this.times.relative(NOW.plusSeconds(20))).isEqualTo("in less than a minute");
		assertThat(this.times.relative(NOW.plus(Duration.ofMinutes(45)))).isEqualTo("in 45 min");
		assertThat(this.times.relative(NOW.plus(Duration.ofMinutes(125)))).isEqualTo("in 2 h 5 min");
		assertThat(this.times.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 h ago");
		assertThat(this.times.relative(NOW.minus(Duration.ofHours(30)))).isEqualTo("1 day 6 h ago");
		assertThat(this.times.relative(NOW.plus(Duration.ofDays(4).plusHours(5)))).isEqualTo("in 4 days");
	}

	@Test
	void saysWhetherAMomentHasPassed() {
		assertThat(this.times.past(NOW)).isTrue();
		assertThat(this.times.past(NOW.minusSeconds(1))).isTrue();
		assertThat(this.times.past(NOW.plusSeconds(1))).isFalse();
		assertThat(this.times.past(null)).isFalse();
	}

	@Test
	void saysASpanOfTime() {
		assertThat(this.times.span(Duration.ofHours(8))).isEqualTo("8 h");
		assertThat(this.times.span(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
		assertThat(this.times.span(Duration.ofDays(2))).isEqualTo("2 days");
	}

}
