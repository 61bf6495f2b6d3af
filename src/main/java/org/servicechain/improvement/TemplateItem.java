package org.servicechain.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One item of a template, as stored.
 */
@Embeddable
class TemplateItem {

	@Column(nullable = false, length = 500)
	private String question;

	@Column(length = 2000)
	private @Nullable String guidance;

	@Column(nullable = false)
	private int weight;

	protected TemplateItem() {
	}

	TemplateItem(String question, @Nullable String guidance, int weight) {
		this.question = question;
		this.guidance = guidance;
		this.weight = weight;
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

}
