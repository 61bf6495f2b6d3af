package org.servicechain.improvement;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * A checklist template as a manager designs it (FB-7): its name, what it audits, how, and
 * its items in order.
 */
public record TemplateDetails(@Nullable String name, @Nullable AuditSubjectKind subjectKind, @Nullable AuditKind kind,
		@Nullable String description, @Nullable List<ChecklistItem> items) {

	static final int MAX_ITEMS = 100;

	void validate() {
		List<FieldViolation> problems = new ArrayList<>();
		if (this.name == null || this.name.isBlank()) {
			problems.add(new FieldViolation("name", "required", "Name the checklist"));
		}
		else if (this.name.strip().length() > 200) {
			problems.add(new FieldViolation("name", "length", "At most 200 characters"));
		}
		if (this.subjectKind == null) {
			problems.add(new FieldViolation("subjectKind", "required", "Choose what the checklist audits"));
		}
		if (this.kind == null) {
			problems.add(new FieldViolation("kind", "required", "Choose a service audit or a mystery shop"));
		}
		if (this.description != null && this.description.length() > 2000) {
			problems.add(new FieldViolation("description", "length", "At most 2000 characters"));
		}
		List<ChecklistItem> list = (this.items != null) ? this.items : List.of();
		if (list.isEmpty()) {
			problems.add(new FieldViolation("items", "required", "Give at least one checklist item"));
		}
		else if (list.size() > MAX_ITEMS) {
			problems.add(new FieldViolation("items", "size", "At most " + MAX_ITEMS + " items"));
		}
		for (int i = 0; i < list.size(); i++) {
			ChecklistItem item = list.get(i);
			String at = "items[" + i + "]";
			if (item == null || item.question() == null || item.question().isBlank()) {
				problems.add(new FieldViolation(at + ".question", "required", "Say what is checked"));
			}
			else if (item.question().strip().length() > 500) {
				problems.add(new FieldViolation(at + ".question", "length", "At most 500 characters"));
			}
			if (item != null && item.guidance() != null && item.guidance().length() > 2000) {
				problems.add(new FieldViolation(at + ".guidance", "length", "At most 2000 characters"));
			}
			if (item == null || item.weight() == null) {
				problems.add(new FieldViolation(at + ".weight", "required", "Give the item a weight"));
			}
			else if (item.weight() < 1 || item.weight() > 100) {
				problems.add(new FieldViolation(at + ".weight", "range", "A whole number from 1 to 100"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
