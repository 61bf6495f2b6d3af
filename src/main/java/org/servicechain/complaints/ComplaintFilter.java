package org.servicechain.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the register is filtered by; every field may be empty.
 *
 * @param q words of the summary, or a reference such as CMP-104
 * @param open {@literal true} for complaints not yet resolved, {@literal false} for
 * resolved and closed ones
 * @param internal internal or external complainants
 * @param referred only complaints referred or escalated
 */
public record ComplaintFilter(@Nullable String q, @Nullable ComplaintStatus status, @Nullable Boolean open,
		@Nullable Severity severity, @Nullable String category, @Nullable UUID complainant, @Nullable UUID service,
		@Nullable UUID responsible, @Nullable Boolean internal, @Nullable Boolean referred) {

	public static ComplaintFilter none() {
		return new ComplaintFilter(null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * @return what the filter selects, in words, for the heading of an export; never
	 * {@literal null}.
	 */
	public String description() {
		List<String> parts = new ArrayList<>();
		if (this.status != null) {
			parts.add("status " + this.status.label());
		}
		else if (this.open != null) {
			parts.add(this.open ? "open complaints" : "resolved and closed complaints");
		}
		else {
			parts.add("all complaints");
		}
		if (this.severity != null) {
			parts.add("severity " + this.severity.label());
		}
		if (this.category != null && !this.category.isBlank()) {
			parts.add("category " + this.category);
		}
		if (this.complainant != null) {
			parts.add("one complainant");
		}
		if (this.service != null) {
			parts.add("one service");
		}
		if (this.responsible != null) {
			parts.add("one responsible party");
		}
		if (this.internal != null) {
			parts.add(this.internal ? "internal customers" : "external customers");
		}
		if (this.referred != null) {
			parts.add(this.referred ? "referred or escalated" : "not referred");
		}
		if (this.q != null && !this.q.isBlank()) {
			parts.add("matching \"" + this.q.strip() + "\"");
		}
		String text = String.join(", ", parts);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
