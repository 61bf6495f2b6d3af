package org.servicechain.notices;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Checks a notice as declared and what is said later, naming each field and the rule it
 * breaks, all at once.
 */
final class NoticeValidation {

	static final int MAX_TITLE = 200;

	static final int MAX_MESSAGE = 4000;

	private NoticeValidation() {
	}

	static void declaring(NewServiceNotice command) {
		List<FieldViolation> violations = new ArrayList<>();
		if (command.kind() == null) {
			violations.add(new FieldViolation("kind", "required", "say whether it is planned work or an incident"));
		}
		if (command.subject() == null) {
			violations
				.add(new FieldViolation("subject", "required", "say whether it is at a party, a link or a service"));
		}
		if (command.subjectId() == null) {
			violations.add(new FieldViolation("subjectId", "required", "choose where the work or the incident is"));
		}
		text(violations, "title", command.title(), MAX_TITLE, "give the notice a title");
		text(violations, "message", command.message(), MAX_MESSAGE, "say what happens and what it means for them");
		if (command.startsAt() == null) {
			violations.add(new FieldViolation("startsAt", "required", "say when it starts"));
		}
		else if (command.endsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
			violations.add(new FieldViolation("endsAt", "after-start", "the end must be after the start"));
		}
		if (command.kind() == NoticeKind.PLANNED_WORK && command.endsAt() == null) {
			violations.add(new FieldViolation("endsAt", "required", "say when the planned work ends"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/**
	 * @return the message, stripped
	 */
	static String message(@Nullable String message, boolean allClear) {
		List<FieldViolation> violations = new ArrayList<>();
		if (allClear && (message == null || message.isBlank())) {
			return "The work is done and the service is back to normal.";
		}
		text(violations, "message", message, MAX_MESSAGE, "say what has changed");
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return message.strip();
	}

	private static void text(List<FieldViolation> violations, String field, @Nullable String value, int max,
			String required) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "required", required));
		}
		else if (value.strip().length() > max) {
			violations.add(new FieldViolation(field, "max-length", "at most " + max + " characters"));
		}
	}

}
