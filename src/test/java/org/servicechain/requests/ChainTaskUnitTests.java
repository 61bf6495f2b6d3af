package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every arrow of a chain task's lifecycle (REQ-2): handed over → accepted → (queried →
 * accepted) → completed; declined; cancelled.
 */
class ChainTaskUnitTests {

	static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

	static ChainTask handedOver() {
		return new ChainTask(UUID.randomUUID(), 1,
				new ChainTask.Handover(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
						null, null, "Deliver", "Deliver tomorrow", false, null, T0.plusSeconds(3600),
						T0.plusSeconds(6 * 3600)),
				"alex", T0);
	}

	@Test
	void isAcceptedAskedAnsweredAndCompleted() {
		ChainTask task = handedOver();
		assertThat(task.nextDueAt()).isEqualTo(T0.plusSeconds(3600));
		task.accept("paula", T0.plusSeconds(60));
		assertThat(task.getAssignee()).isEqualTo("paula");
		assertThat(task.nextDueAt()).isEqualTo(T0.plusSeconds(6 * 3600));
		task.query(T0.plusSeconds(120));
		assertThat(task.getStatus()).isEqualTo(TaskStatus.QUERIED);
		assertRefused(() -> task.complete("done", T0), "transition");
		task.answer(T0.plusSeconds(180));
		task.complete("Delivered at 09:40", T0.plusSeconds(240));
		assertThat(task.getStatus()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(task.getOutcome()).isEqualTo("Delivered at 09:40");
		assertThat(task.nextDueAt()).isNull();
	}

	@Test
	void canBeCompletedWithoutAnExplicitAcceptance() {
		ChainTask task = handedOver();
		task.complete("Done at once", T0.plusSeconds(30));
		assertThat(task.getAcceptedAt()).isEqualTo(T0.plusSeconds(30));
	}

	@Test
	void isDeclinedOnlyBeforeItIsAccepted() {
		ChainTask task = handedOver();
		task.decline("No van in that area", T0);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DECLINED);
		ChainTask accepted = handedOver();
		accepted.accept("paula", T0);
		assertRefused(() -> accepted.decline("too late", T0), "transition");
	}

	@Test
	void isCancelledWhileOpenAndNeverAfterItFinished() {
		ChainTask task = handedOver();
		task.cancel("Customer collected it", T0);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.CANCELLED);
		assertRefused(() -> task.cancel("again", T0), "transition");
		assertRefused(() -> task.accept("paula", T0), "transition");
	}

	@Test
	void answerNeedsAnOpenQuestion() {
		assertRefused(() -> handedOver().answer(T0), "transition");
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
		assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).getViolations().get(0).rule()).isEqualTo(rule));
	}

}
