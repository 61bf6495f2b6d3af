package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servicechain.sla.ClockKind;
import org.servicechain.sla.SlaViews.ClockRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ClockComplianceUnitTests {

	private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-11-29T00:00:00Z");

	@Test
	void metOfMetOrBreachedCustomerClocksThatStartedInTheWindow() {
		List<ClockRecord> clocks = List.of(clock(ClockKind.FIRST_RESPONSE, "met", "2026-11-02T09:00:00Z"),
				clock(ClockKind.RESOLUTION, "met", "2026-11-02T09:00:00Z"),
				clock(ClockKind.RESOLUTION, "breached", "2026-11-10T09:00:00Z"),
				// Still running within its target: not counted yet.
				clock(ClockKind.RESOLUTION, "running", "2026-11-20T09:00:00Z"),
				clock(ClockKind.FIRST_RESPONSE, "warning", "2026-11-20T09:00:00Z"),
				// Not the customer's clocks, or outside the window: not counted.
				clock(ClockKind.TASK_RESOLUTION, "breached", "2026-11-10T09:00:00Z"),
				clock(ClockKind.RESOLUTION, "breached", "2026-10-31T23:59:00Z"),
				clock(ClockKind.RESOLUTION, "breached", "2026-11-29T00:00:00Z"));
		assertThat(ImprovementManagement.compliance(clocks, FROM, TO)).isEqualTo(66.7);
	}

	@Test
	void nothingFinishedMeansNoValueRatherThanZero() {
		assertThat(ImprovementManagement
			.compliance(List.of(clock(ClockKind.RESOLUTION, "running", "2026-11-02T09:00:00Z")), FROM, TO)).isNull();
		assertThat(ImprovementManagement.compliance(List.of(), FROM, TO)).isNull();
	}

	private static ClockRecord clock(ClockKind kind, String state, String startedAt) {
		return new ClockRecord(UUID.randomUUID(), kind, null, UUID.randomUUID(), "P3", state, Instant.parse(startedAt));
	}

}
