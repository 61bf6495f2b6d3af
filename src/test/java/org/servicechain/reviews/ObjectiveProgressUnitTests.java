package org.servicechain.reviews;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.servicechain.reviews.ObjectiveProgress.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress of an objective from its baseline, target, window and the live figure (PM-1):
 * rising and falling targets, ahead of and behind time, achieved, missed, no data.
 */
class ObjectiveProgressUnitTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

	static final LocalDate MIDYEAR = LocalDate.of(2026, 7, 2);

	@Test
	void halfWayToARisingTargetAtHalfTimeIsOnTrack() {
		ObjectiveProgress progress = ObjectiveProgress.of(80, 96, true, 88.0, START, DEADLINE, MIDYEAR);
		assertThat(progress.percent()).isEqualTo(50);
		assertThat(progress.expectedPercent()).isEqualTo(50);
		assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aQuarterOfTheWayAtHalfTimeIsBehind() {
		ObjectiveProgress progress = ObjectiveProgress.of(80, 96, true, 84.0, START, DEADLINE, MIDYEAR);
		assertThat(progress.percent()).isEqualTo(25);
		assertThat(progress.status()).isEqualTo(Status.BEHIND);
	}

	@Test
	void aFallingTargetCountsProgressDownwardsAndIsAchievedAtOrBelowIt() {
		ObjectiveProgress halfway = ObjectiveProgress.of(12, 4, false, 8.0, START, DEADLINE, MIDYEAR);
		assertThat(halfway.percent()).isEqualTo(50);
		assertThat(halfway.status()).isEqualTo(Status.ON_TRACK);
		assertThat(ObjectiveProgress.of(12, 4, false, 3.0, START, DEADLINE, MIDYEAR).status())
			.isEqualTo(Status.ACHIEVED);
		assertThat(ObjectiveProgress.of(12, 4, false, 15.0, START, DEADLINE, MIDYEAR).percent())
			.as("worse than the baseline is no progress, not negative")
			.isZero();
	}

	@Test
	void pastTheDeadlineShortOfTheTargetIsMissedAndATargetReachedStaysAchieved() {
		assertThat(ObjectiveProgress.of(0, 40, true, 39.0, START, DEADLINE, DEADLINE.plusDays(1)).status())
			.isEqualTo(Status.MISSED);
		ObjectiveProgress done = ObjectiveProgress.of(0, 40, true, 52.0, START, DEADLINE, DEADLINE.plusDays(1));
		assertThat(done.status()).isEqualTo(Status.ACHIEVED);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.expectedPercent()).isEqualTo(100);
	}

	@Test
	void nothingToMeasureYetIsSaidPlainly() {
		ObjectiveProgress progress = ObjectiveProgress.of(80, 96, true, null, START, DEADLINE, START.minusDays(3));
		assertThat(progress.status()).isEqualTo(Status.NO_DATA);
		assertThat(progress.percent()).isNull();
		assertThat(progress.expectedPercent()).isZero();
	}

	@Test
	void aTargetEqualToItsBaselineIsHeldOrNot() {
		assertThat(ObjectiveProgress.of(95, 95, true, 96.0, START, DEADLINE, MIDYEAR).status())
			.isEqualTo(Status.ACHIEVED);
		assertThat(ObjectiveProgress.of(95, 95, true, 94.0, START, DEADLINE, MIDYEAR).percent()).isZero();
	}

}
