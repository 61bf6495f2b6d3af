package org.servicechain.complaints.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintStatus;
import org.servicechain.complaints.Severity;

/**
 * The register's filter as the page's query string carries it.
 */
record RegisterQuery(@Nullable String q, @Nullable ComplaintStatus status, @Nullable String show,
		@Nullable Severity severity, @Nullable String category, @Nullable UUID complainant, @Nullable Boolean internal,
		@Nullable Boolean referred, @Nullable Integer page) {

	ComplaintFilter filter() {
		Boolean open = "all".equals(this.show) ? null : ("done".equals(this.show) ? Boolean.FALSE : Boolean.TRUE);
		return new ComplaintFilter(this.q, this.status, (this.status != null) ? null : open, this.severity,
				this.category, this.complainant, null, null, this.internal, this.referred);
	}

	int pageNumber() {
		return (this.page == null) ? 0 : this.page;
	}

	/**
	 * @return the filter as a query string, without the page
	 */
	String queryString() {
		List<String> parts = new ArrayList<>();
		add(parts, "q", this.q);
		add(parts, "status", this.status);
		add(parts, "show", this.show);
		add(parts, "severity", this.severity);
		add(parts, "category", this.category);
		add(parts, "complainant", this.complainant);
		add(parts, "internal", this.internal);
		add(parts, "referred", this.referred);
		return String.join("&", parts);
	}

	private static void add(List<String> parts, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
