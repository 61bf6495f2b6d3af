package org.servicechain.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand: time passes only when a test says so, never by sleeping.
 * Import {@link Config} to make it the application's clock.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public Instant advance(Duration duration) {
		this.now = this.now.plus(duration);
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		}

	}

}
