package org.servicechain.complaints.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.servicechain.complaints.ComplaintSummary;

/**
 * The register as CSV (CMP-4), written with Apache Commons CSV and safe against formula
 * injection: a cell that a spreadsheet would read as a formula (starting with = + - @, a
 * tab or a carriage return) is prefixed with an apostrophe, as OWASP advises, so a
 * complaint's summary typed as {@code =HYPERLINK(...)} stays text.
 */
final class ComplaintCsv {

	static final List<String> HEADERS = List.of("Reference", "Received", "Status", "Severity", "Complainant", "Scope",
			"Repeat complaints", "Communication needs", "Service", "Responsible", "Category", "Cause", "Summary",
			"Remedy", "Remedy value", "Referred", "Referred outside", "Resolved", "Overdue");

	private ComplaintCsv() {
	}

	static void write(List<ComplaintSummary> rows, Writer writer) throws IOException {
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get());
		for (ComplaintSummary row : rows) {
			printer.printRecord(safe(row.reference()), row.receivedAt().toString(), row.status().label(),
					row.severity().label(), safe(row.complainant()), row.scope(), row.repeat(),
					row.communicationNeeds() ? "yes" : "no", safe(row.serviceName()), safe(row.responsibleName()),
					safe(row.category()), safe(row.causeCategory()), safe(row.summary()),
					(row.remedy() != null) ? row.remedy().label() : "",
					(row.remedyValue() != null) ? row.remedyValue().toPlainString() : "", row.referred() ? "yes" : "no",
					row.referredOut() ? "yes" : "no", (row.resolvedAt() != null) ? row.resolvedAt().toString() : "",
					row.overdue() ? "yes" : "no");
		}
		printer.flush();
	}

	static String safe(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
