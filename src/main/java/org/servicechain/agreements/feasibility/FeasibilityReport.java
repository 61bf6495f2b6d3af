package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a {@link FeasibilityCheck} for one week (AGREE-4): whether the
 * customer-facing promise can be kept, how much time is to spare (or missing) at the
 * worst and best start of the week, the critical path at the worst start, its bottleneck,
 * and the links that carry no agreement or sit in a cycle.
 * <p>
 * Slack is {@code due - arrival}: positive is time to spare, negative a deficit.
 * {@code worstSlack} and {@code bestSlack} are wall-clock time; {@code worstSlackWorking}
 * is the same slack in working time of the promise's calendar, which is what people read
 * ("2 working hours to spare").
 *
 * @param verdict never {@literal null}.
 * @param promise the promised resolution in working time; never {@literal null}.
 * @param promiseZone the time zone id of the promise's calendar; never {@literal null}.
 * @param worstStart the start with the least slack (the earliest of equals); never
 * {@literal null}.
 * @param worstSlack the slack at {@code worstStart}, wall clock; never {@literal null}.
 * @param worstSlackWorking the slack at {@code worstStart} in working time of the
 * promise's calendar; never {@literal null}.
 * @param bestStart the start with the most slack (the earliest of equals); never
 * {@literal null}.
 * @param bestSlack the slack at {@code bestStart}, wall clock; never {@literal null}.
 * @param criticalPath at {@code worstStart}, from a link without inputs to the
 * customer-facing link; never {@literal null}, never empty.
 * @param bottleneckLinkId the link on the critical path that takes the most wall-clock
 * time (the one nearest the leaf among equals), or {@literal null} if no link on it takes
 * any time.
 * @param uncoveredLinkIds links the promise depends on that carry no agreement, sorted;
 * never {@literal null}.
 * @param cycleLinkIds links whose inputs lead back to themselves, sorted; never
 * {@literal null}.
 * @param startsEvaluated how many starts were tried.
 */
public record FeasibilityReport(Verdict verdict, Duration promise, String promiseZone, Instant worstStart,
		Duration worstSlack, Duration worstSlackWorking, Instant bestStart, Duration bestSlack,
		List<PathStep> criticalPath, @Nullable UUID bottleneckLinkId, List<UUID> uncoveredLinkIds,
		List<UUID> cycleLinkIds, int startsEvaluated) {

	public FeasibilityReport {
		Objects.requireNonNull(verdict, "verdict must not be null");
		Objects.requireNonNull(promise, "promise must not be null");
		Objects.requireNonNull(promiseZone, "promiseZone must not be null");
		Objects.requireNonNull(worstStart, "worstStart must not be null");
		Objects.requireNonNull(worstSlack, "worstSlack must not be null");
		Objects.requireNonNull(worstSlackWorking, "worstSlackWorking must not be null");
		Objects.requireNonNull(bestStart, "bestStart must not be null");
		Objects.requireNonNull(bestSlack, "bestSlack must not be null");
		criticalPath = List.copyOf(criticalPath);
		uncoveredLinkIds = List.copyOf(uncoveredLinkIds);
		cycleLinkIds = List.copyOf(cycleLinkIds);
	}

}
