package org.servicechain.requests.web.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The small forms of the request and task pages, each one step that says why. Steps that
 * change the record carry the version the page showed, so a step taken on an older copy
 * is refused with what changed since (REQ-7).
 */
final class StepForms {

	private static final String RELOAD = "reload the page and try again";

	private StepForms() {
	}

	/**
	 * The customer confirms that a resolved request is resolved; a comment is optional.
	 */
	record Confirm(@NotNull(message = RELOAD) @Nullable Long version,
			@Nullable @Size(max = 1000, message = "keep the comment to 1000 characters") String comment) {

		static Confirm empty() {
			return new Confirm(null, "");
		}

	}

	/**
	 * The customer reopens a resolved request, saying what is still wrong.
	 */
	record Reopen(@NotNull(message = RELOAD) @Nullable Long version,
			@NotBlank(message = "say what is still wrong, so the team can put it right") @Size(max = 1000,
					message = "keep it to 1000 characters") @Nullable String reason) {

		static Reopen empty() {
			return new Reopen(null, "");
		}

	}

	/**
	 * The customer escalates an overdue or urgent request to the managers.
	 */
	record Escalate(@NotBlank(message = "say why this needs a manager's attention") @Size(max = 1000,
			message = "keep it to 1000 characters") @Nullable String reason) {

		static Escalate empty() {
			return new Escalate("");
		}

	}

	/**
	 * The party completes its task with what was done.
	 */
	record Complete(@NotNull(message = RELOAD) @Nullable Long version,
			@NotBlank(message = "say what was done") @Size(max = 4000,
					message = "keep the outcome to 4000 characters") @Nullable String outcome) {

		static Complete empty() {
			return new Complete(null, "");
		}

	}

	/**
	 * The party declines a task it cannot take, saying why.
	 */
	record Decline(@NotNull(message = RELOAD) @Nullable Long version,
			@NotBlank(message = "say why your team cannot take this task") @Size(max = 1000,
					message = "keep it to 1000 characters") @Nullable String reason) {

		static Decline empty() {
			return new Decline(null, "");
		}

	}

}
