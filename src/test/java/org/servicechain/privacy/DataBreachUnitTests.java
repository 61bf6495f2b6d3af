package org.servicechain.privacy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.privacy.SubjectAccessDeadlineUnitTests.assertRule;

/**
 * The 72-hour deadline of UK GDPR Art. 33(1) and the rules of the breach log, each naming
 * its field.
 */
class DataBreachUnitTests {

	static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	@Test
	void theDeadlineIsSeventyTwoHoursAfterBecomingAware() {
		DataBreach breach = breach();
		breach.apply(details(NOW.minus(Duration.ofHours(30)), BreachRisk.RISK, null, null, null, null, false), NOW);
		DataBreachView view = breach.view(NOW);
		assertThat(view.reportDeadline()).isEqualTo(NOW.plus(Duration.ofHours(42)));
		assertThat(view.hoursLeft()).isEqualTo(42);
		assertThat(view.status()).isEqualTo(BreachStatus.OPEN);
		assertThat(view.reportOverdue()).isFalse();
		DataBreachView later = breach.view(NOW.plus(Duration.ofHours(43)));
		assertThat(later.reportOverdue()).isTrue();
		assertThat(later.hoursLeft()).isEqualTo(-1);
	}

	@Test
	void aReportAfterSeventyTwoHoursNeedsTheReasonsForTheDelay() {
		Instant aware = NOW.minus(Duration.ofHours(100));
		Instant late = aware.plus(Duration.ofHours(73));
		assertRule(() -> breach().apply(details(aware, BreachRisk.RISK, null, late, " ", null, false), NOW),
				"delayReason", "required-after-72-hours");
		DataBreach breach = breach();
		breach.apply(details(aware, BreachRisk.RISK, null, late, "The contractor told us on day three", null, false),
				NOW);
		assertThat(breach.view(NOW).reportedLate()).isTrue();
		assertThat(breach.view(NOW).status()).isEqualTo(BreachStatus.REPORTED);
		DataBreach onTime = breach();
		onTime.apply(details(aware, BreachRisk.RISK, null, aware.plus(Duration.ofHours(71)), null, null, false), NOW);
		assertThat(onTime.view(NOW).reportedLate()).isFalse();
		assertRule(() -> breach()
			.apply(details(aware, BreachRisk.RISK, null, aware.minusSeconds(60), null, null, false), NOW), "reportedAt",
				"after-aware");
	}

	@Test
	void notReportableNeedsAReasonAndClosingNeedsAReportOrThatAssessment() {
		Instant aware = NOW.minus(Duration.ofHours(5));
		assertRule(() -> breach().apply(details(aware, BreachRisk.UNLIKELY, "", null, null, null, false), NOW),
				"notReportableReason", "required");
		assertRule(() -> breach().apply(details(aware, BreachRisk.RISK, null, null, null, null, true), NOW), "closed",
				"reported-or-not-reportable");
		assertRule(
				() -> breach()
					.apply(details(aware, BreachRisk.HIGH_RISK, null, aware.plusSeconds(3600), null, null, true), NOW),
				"peopleInformedAt", "required-high-risk");
		assertRule(
				() -> breach().apply(details(NOW.plusSeconds(60), BreachRisk.RISK, null, null, null, null, false), NOW),
				"awareAt", "not-future");
		DataBreach breach = breach();
		breach.apply(details(aware, BreachRisk.UNLIKELY, "Encrypted laptop, key not lost", null, null, null, false),
				NOW);
		assertThat(breach.view(NOW).status()).isEqualTo(BreachStatus.NOT_REPORTABLE);
		breach.apply(details(aware, BreachRisk.UNLIKELY, "Encrypted laptop, key not lost", null, null, null, true),
				NOW);
		assertThat(breach.view(NOW).status()).isEqualTo(BreachStatus.CLOSED);
		assertThat(breach.view(NOW).reportOverdue()).isFalse();
	}

	private static DataBreach breach() {
		return new DataBreach(1, "admin", NOW);
	}

	static BreachDetails details(Instant aware, BreachRisk risk, String notReportable, Instant reported, String delay,
			Instant informed, boolean closed) {
		return new BreachDetails(aware, "Letter sent to the wrong address", "Names and addresses", 1, 1, "Distress",
				"Letter recovered", risk, notReportable, reported, delay, informed, closed);
	}

}
