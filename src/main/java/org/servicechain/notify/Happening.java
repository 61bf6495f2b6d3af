package org.servicechain.notify;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fact another module announced, as kept here until it has been turned into
 * notifications and outbox messages.
 *
 * @param source {@code request}, {@code agreement}, {@code sla} {@code complaint} or
 * {@code feedback}
 * @param kind the fact's kind in its module's words, e.g. {@code PUBLIC_REPLY}
 * @param detail what else the fact says that deciding the audience needs
 */
record Happening(UUID id, String source, String kind, UUID subjectId, String reference, @Nullable String title,
		@Nullable UUID taskId, String actor, @Nullable String detail, Instant occurredAt) {

	static final String REQUEST = "request";

	static final String AGREEMENT = "agreement";

	static final String CLOCK = "sla";

	static final String COMPLAINT = "complaint";
	static final String FEEDBACK = "feedback";

}
