package org.servicechain.complaints.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.shared.CsvCells;

/**
 * The register as CSV (CMP-4), written with Apache Commons CSV and safe against formula
 * injection through {@link CsvCells}, so a complaint's summary typed as
 * {@code =HYPERLINK(...)} stays text.
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
			printer.printRecord(CsvCells.safe(row.reference()), row.receivedAt().toString(), row.status().label(),
					row.severity().label(), CsvCells.safe(row.complainant()), row.scope(), row.repeat(),
					row.communicationNeeds() ? "yes" : "no", CsvCells.safe(row.serviceName()),
					CsvCells.safe(row.responsibleName()), CsvCells.safe(row.category()),
					CsvCells.safe(row.causeCategory()), CsvCells.safe(row.summary()),
					(row.remedy() != null) ? row.remedy().label() : "",
					(row.remedyValue() != null) ? row.remedyValue().toPlainString() : "", row.referred() ? "yes" : "no",
					row.referredOut() ? "yes" : "no", (row.resolvedAt() != null) ? row.resolvedAt().toString() : "",
					row.overdue() ? "yes" : "no");
		}
		printer.flush();
	}

}
