package org.servicechain.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Spontaneous feedback as captured (FB-2).
 *
 * @param customerId who gave it, when known (a customer in the portal: always their own
 * party)
 * @param partyId the party of the chain it is about, when known
 */
public record NewFeedback(FeedbackKind kind, FeedbackChannel channel, @Nullable UUID customerId,
		@Nullable UUID serviceId, @Nullable UUID partyId, String text) {

	void validate() {
		List<FieldViolation> problems = new ArrayList<>();
		if (this.kind == null) {
			problems.add(new FieldViolation("kind", "required", "Choose comment, compliment or suggestion"));
		}
		if (this.channel == null) {
			problems.add(new FieldViolation("channel", "required", "Choose the channel it came by"));
		}
		if (this.text == null || this.text.isBlank()) {
			problems.add(new FieldViolation("text", "required", "Write what the customer said"));
		}
		else if (this.text.length() > 4000) {
			problems.add(new FieldViolation("text", "length", "At most 4000 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
