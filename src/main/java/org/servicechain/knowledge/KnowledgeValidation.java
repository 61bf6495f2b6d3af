package org.servicechain.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * The rules an article's fields follow, each broken one named by field and rule. Pure:
 * the owner and the service are checked by the facade against who and what exist.
 */
final class KnowledgeValidation {

	static final int TITLE_MAX = 200;

	static final int BODY_MAX = 20000;

	private KnowledgeValidation() {
	}

	static List<FieldViolation> violations(ArticleDraft draft) {
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "title", draft.title(), TITLE_MAX);
		text(violations, "body", draft.body(), BODY_MAX);
		if (draft.kind() == null) {
			violations.add(new FieldViolation("kind", "required",
					"choose a kind: procedure, known solution or contingency procedure"));
		}
		if (draft.audience() == null) {
			violations.add(new FieldViolation("audience", "required", "choose staff only or published"));
		}
		if (draft.reviewOn() == null) {
			violations.add(new FieldViolation("reviewOn", "required", "give the date the article is next reviewed"));
		}
		return violations;
	}

	static void check(ArticleDraft draft) {
		List<FieldViolation> violations = violations(draft);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void text(List<FieldViolation> violations, String field,
			@org.jspecify.annotations.Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "required", field + " must not be blank"));
		}
		else if (value.strip().length() > max) {
			violations.add(new FieldViolation(field, "size", field + " must be at most " + max + " characters"));
		}
	}

}
