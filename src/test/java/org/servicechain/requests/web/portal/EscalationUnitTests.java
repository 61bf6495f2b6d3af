package org.servicechain.requests.web.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.Level;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the request page tells a customer about escalating: it is offered when the request
 * is overdue or urgent, and otherwise the page says when it will be and why not yet.
 */
class EscalationUnitTests {

	private static final Instant NOW = Instant.parse("2026-04-14T09:00:00Z");

	private final DisplayTimes times = new DisplayTimes(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void overdueRequestCanBeEscalated() {
		Escalation escalation = Escalation.of(
				request(RequestStatus.OPEN, Level.LOW, Priority.P4, NOW.minus(Duration.ofMinutes(30)), null),
				this.times);

		assertThat(escalation.shown()).isTrue();
		assertThat(escalation.possible()).isTrue();
		assertThat(escalation.explanation()).isEqualTo("It is overdue: it was due Tue 14 Apr, 09:30.");
	}

	@Test
	void urgentRequestCanBeEscalatedBeforeItIsDue() {
		Escalation highUrgency = Escalation
			.of(request(RequestStatus.NEW, Level.HIGH, Priority.P3, NOW.plus(Duration.ofHours(3)), null), this.times);
		Escalation highPriority = Escalation
			.of(request(RequestStatus.NEW, Level.LOW, Priority.P2, NOW.plus(Duration.ofHours(3)), null), this.times);

		assertThat(highUrgency.possible()).isTrue();
		assertThat(highUrgency.explanation()).isEqualTo("It is urgent (P3 medium).");
		assertThat(highPriority.possible()).isTrue();
	}

	@Test
	void requestNeitherOverdueNorUrgentSaysWhenItCanBeEscalated() {
		Escalation escalation = Escalation.of(request(RequestStatus.WAITING_ON_PARTNER, Level.MEDIUM, Priority.P3,
				NOW.plus(Duration.ofMinutes(200)), null), this.times);

		assertThat(escalation.shown()).isTrue();
		assertThat(escalation.possible()).isFalse();
		assertThat(escalation.explanation()).startsWith(
				"You can escalate this request if it becomes overdue, that is after Tue 14 Apr, 13:20 (in 3 h 20 min).")
			.contains("It is not urgent, so it cannot be escalated before then");
	}

	@Test
	void requestWithoutDueTimeThatIsNotUrgentCannotBeEscalated() {
		Escalation escalation = Escalation.of(request(RequestStatus.OPEN, Level.LOW, Priority.P4, null, null),
				this.times);

		assertThat(escalation.possible()).isFalse();
		assertThat(escalation.explanation()).startsWith("It has no due time and is not urgent");
	}

	@Test
	void requestEscalatedWithinTheHourSaysWhenItCanBeEscalatedAgain() {
		Escalation escalation = Escalation.of(request(RequestStatus.OPEN, Level.HIGH, Priority.P1,
				NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(20))), this.times);

		assertThat(escalation.possible()).isFalse();
		assertThat(escalation.explanation()).isEqualTo("You escalated this request 20 min ago; the managers have it. "
				+ "You can escalate it again from Tue 14 Apr, 10:40.");
	}

	@Test
	void requestEscalatedAnHourAgoCanBeEscalatedAgain() {
		Escalation escalation = Escalation.of(request(RequestStatus.OPEN, Level.HIGH, Priority.P1,
				NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1))), this.times);

		assertThat(escalation.possible()).isTrue();
	}

	@Test
	void finishedRequestsDoNotSpeakOfEscalating() {
		for (RequestStatus status : List.of(RequestStatus.RESOLVED, RequestStatus.CLOSED)) {
			Escalation escalation = Escalation
				.of(request(status, Level.HIGH, Priority.P1, NOW.minus(Duration.ofHours(2)), null), this.times);

			assertThat(escalation.shown()).isFalse();
			assertThat(escalation.possible()).isFalse();
		}
	}

	private static RequestView request(RequestStatus status, Level urgency, Priority priority,
			@Nullable Instant nextDue, @Nullable Instant escalatedAt) {
		UUID id = UUID.randomUUID();
		Instant opened = NOW.minus(Duration.ofHours(4));
		return new RequestView(id, 0, "REQ-1042", "Washing machine not delivered", "It has not come.",
				"<p>It has not come.</p>", status, priority, Level.MEDIUM, urgency, priority, null, UUID.randomUUID(),
				"Amelia Hughes", false, "Amelia Hughes", RequestChannel.PORTAL, UUID.randomUUID(), "Home delivery",
				UUID.randomUUID(), "Customer Service", null, null, null, null, nextDue, nextDue, nextDue, null, opened,
				opened, null, null, escalatedAt, escalatedAt != null ? "Still waiting" : null, List.of(), List.of(),
				List.of(), List.of());
	}

}
