package org.servicechain.requests.web.portal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.servicechain.requests.Level;
import org.servicechain.requests.NewRequest;

/**
 * A request as a customer raises it in the portal: the service it is about, how much is
 * affected and how soon it hurts (from which the priority follows), and what happened.
 * The requester is always the customer's own party; the priority is never theirs to set.
 */
record RaiseForm(@NotNull(message = "choose the service your request is about") @Nullable UUID service,
		@Nullable @Size(max = 80) String category,
		@NotNull(message = "say how much is affected") @Nullable Level impact,
		@NotNull(message = "say how soon it needs to be dealt with") @Nullable Level urgency,
		@NotBlank(message = "give your request a short summary") @Size(max = 200,
				message = "keep the summary to 200 characters; put the rest in the description") @Nullable String summary,
		@NotBlank(message = "describe what happened and what you need") @Size(max = 20000,
				message = "the description has at most 20000 characters") @Nullable String description) {

	static RaiseForm empty() {
		return new RaiseForm(null, null, null, null, "", "");
	}

	NewRequest toRequest(UUID requester) {
		return new NewRequest(this.service, requester, String.valueOf(this.summary), String.valueOf(this.description),
				this.impact, this.urgency, blankToNull(this.category), null, null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
