package org.servicechain.complaints;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One step of a complaint: its clock and who did it when.
 *
 * @param tone met, breached, running, warning, not-started (for styling and the API)
 * @param clock the clock's state in words
 * @param dueAt when it is (or was) due; {@literal null} before it starts
 * @param details what was recorded, label → text
 */
public record StepView(ComplaintStep step, String label, String tone, String clock, @Nullable Instant dueAt,
		@Nullable Instant doneAt, @Nullable String doneBy, Map<String, String> details, boolean current) {

	public boolean done() {
		return this.doneAt != null;
	}

}
