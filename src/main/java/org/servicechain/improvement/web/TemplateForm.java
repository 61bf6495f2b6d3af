package org.servicechain.improvement.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.servicechain.improvement.AuditKind;
import org.servicechain.improvement.AuditSubjectKind;
import org.servicechain.improvement.ChecklistItem;
import org.servicechain.improvement.TemplateDetails;
import org.servicechain.improvement.TemplateView;

/**
 * The template form (FB-7): the items as rows; a row left wholly empty is dropped, so the
 * form can offer spare rows without JavaScript.
 */
record TemplateForm(@Nullable String name, @Nullable AuditSubjectKind subjectKind, @Nullable AuditKind kind,
		@Nullable String description, @Nullable List<Row> items) {

	static final int SPARE_ROWS = 3;

	/**
	 * One item row; the weight as text, so a wrong number is named beside its field.
	 */
	record Row(@Nullable String question, @Nullable String guidance, @Nullable String weight) {

		boolean blank() {
			return (this.question == null || this.question.isBlank())
					&& (this.guidance == null || this.guidance.isBlank())
					&& (this.weight == null || this.weight.isBlank());
		}

	}

	static TemplateForm empty() {
		return new TemplateForm("", null, AuditKind.SERVICE_AUDIT, "", List.of()).withSpareRows();
	}

	static TemplateForm of(TemplateView template) {
		return new TemplateForm(template.name(), template.subjectKind(), template.kind(), template.description(),
				template.items()
					.stream()
					.map((item) -> new Row(item.question(), item.guidance(), String.valueOf(item.weight())))
					.toList())
			.withSpareRows();
	}

	TemplateForm withSpareRows() {
		List<Row> rows = new ArrayList<>(kept());
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new Row("", "", ""));
		}
		return new TemplateForm(this.name, this.subjectKind, this.kind, this.description, rows);
	}

	private List<Row> kept() {
		return (this.items == null) ? List.of()
				: this.items.stream().filter((row) -> row != null && !row.blank()).toList();
	}

	/**
	 * @return the details, with rows renumbered as kept; a weight that is not a whole
	 * number becomes {@literal null} (so the checklist is refused) plus an error under
	 * {@code items[i].weight}
	 */
	TemplateDetails toDetails(java.util.Map<String, String> errors) {
		List<ChecklistItem> items = new ArrayList<>();
		List<Row> rows = kept();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Integer weight = null;
			if (row.weight() != null && !row.weight().isBlank()) {
				try {
					weight = Integer.valueOf(row.weight().strip());
				}
				catch (NumberFormatException ex) {
					// Left empty, so the facade refuses the checklist and names every
					// other problem too; this message stays the one shown.
					errors.put("items[" + i + "].weight", "A whole number from 1 to 100");
				}
			}
			items.add(new ChecklistItem(row.question(), row.guidance(), weight));
		}
		return new TemplateDetails(this.name, this.subjectKind, this.kind, this.description, items);
	}

	/**
	 * @return the rows as kept (errors are keyed by the kept index), plus spare rows
	 */
	TemplateForm forRedisplay() {
		return withSpareRows();
	}

}
