package org.servicechain.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A checklist item as the audit was scheduled with it, and its result.
 */
@Embeddable
class AuditItem {

	@Column(nullable = false, length = 500)
	private String question;

	@Column(length = 2000)
	private @Nullable String guidance;

	@Column(nullable = false)
	private int weight;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable ItemResult result;

	@Column(length = 2000)
	private @Nullable String note;

	protected AuditItem() {
	}

	AuditItem(String question, @Nullable String guidance, int weight) {
		this.question = question;
		this.guidance = guidance;
		this.weight = weight;
	}

	void answer(@Nullable ItemResult result, @Nullable String note) {
		this.result = result;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

	String getQuestion() {
		return this.question;
	}

	@Nullable String getGuidance() {
		return this.guidance;
	}

	int getWeight() {
		return this.weight;
	}

	@Nullable ItemResult getResult() {
		return this.result;
	}

	@Nullable String getNote() {
		return this.note;
	}

}
