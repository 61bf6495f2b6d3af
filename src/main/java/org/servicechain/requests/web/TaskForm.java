package org.servicechain.requests.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.requests.NewTask;
import org.servicechain.shared.InvalidInputException;

/**
 * The hand-over form of the request page. {@code target} is a candidate link upstream on
 * the chain ({@code partyId/linkId}) or another party ({@code partyId}), which then needs
 * a reason.
 */
public record TaskForm(@Nullable String target, @Nullable String summary, @Nullable String needed,
		@Nullable Boolean sharePersonalData, @Nullable String shareReason, @Nullable String offChainReason) {

	static TaskForm empty() {
		return new TaskForm(null, null, null, false, null, null);
	}

	NewTask toCommand() {
		if (this.target == null || this.target.isBlank()) {
			throw new InvalidInputException("party", "required", "choose who the work goes to");
		}
		String[] parts = this.target.split("/");
		try {
			UUID party = UUID.fromString(parts[0]);
			UUID link = parts.length > 1 ? UUID.fromString(parts[1]) : null;
			return new NewTask(party, link, text(this.summary), text(this.needed),
					Boolean.TRUE.equals(this.sharePersonalData), this.shareReason, this.offChainReason);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("party", "exists", "choose who the work goes to from the list");
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
