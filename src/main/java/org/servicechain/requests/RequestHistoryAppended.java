package org.servicechain.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Facts were appended to a request's history by one command. Published inside the
 * command's transaction, so a listener that keeps derived state (the SLA clocks' index)
 * writes it in the same transaction; listeners that reach outside (mail) take it after
 * commit.
 */
public record RequestHistoryAppended(UUID requestId, String reference, List<RequestEventView> events) {

	/**
	 * How old a fact may be and still count as happening now. History imported or written
	 * for the past (an import, the demo) tells nobody, surveys nobody and links nothing:
	 * people act on what happens now.
	 */
	public static final Duration PAST = Duration.ofHours(1);

	/**
	 * @param fact which facts count
	 * @param now the current time
	 * @return whether a fact that counts happened now, not for the past
	 */
	public boolean happenedNow(Predicate<RequestEventView> fact, Instant now) {
		return this.events.stream().anyMatch((event) -> isNow(event, now) && fact.test(event));
	}

	/**
	 * @param event a fact of this or another history
	 * @param now the current time
	 * @return whether it happened now, not for the past
	 */
	public static boolean isNow(RequestEventView event, Instant now) {
		return !event.at().isBefore(now.minus(PAST));
	}

}
