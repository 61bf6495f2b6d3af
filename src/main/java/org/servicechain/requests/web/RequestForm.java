package org.servicechain.requests.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.Level;
import org.servicechain.requests.NewRequest;
import org.servicechain.shared.InvalidInputException;

/**
 * The "raise a request" form, as typed; every field may be missing until it is checked.
 */
public record RequestForm(@Nullable UUID requester, @Nullable UUID service, @Nullable String category,
		@Nullable Level impact, @Nullable Level urgency, @Nullable Priority priority, @Nullable String priorityReason,
		@Nullable String summary, @Nullable String description) {

	static RequestForm empty(@Nullable UUID requester) {
		return new RequestForm(requester, null, null, Level.MEDIUM, Level.MEDIUM, null, null, null, null);
	}

	NewRequest toCommand() {
		java.util.List<InvalidInputException.FieldViolation> missing = new java.util.ArrayList<>();
		if (this.requester == null) {
			missing.add(new InvalidInputException.FieldViolation("requester", "required", "choose the customer"));
		}
		if (this.service == null) {
			missing.add(new InvalidInputException.FieldViolation("service", "required", "choose the service"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		return new NewRequest(this.service, this.requester, this.summary == null ? "" : this.summary,
				this.description == null ? "" : this.description, this.impact != null ? this.impact : Level.MEDIUM,
				this.urgency != null ? this.urgency : Level.MEDIUM,
				this.category == null || this.category.isBlank() ? null : this.category, this.priority,
				this.priorityReason);
	}

}
