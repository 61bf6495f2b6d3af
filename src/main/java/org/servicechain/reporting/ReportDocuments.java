package org.servicechain.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import org.servicechain.shared.CsvCells;
import org.servicechain.shared.PdfDocuments;

/**
 * A report as a document (REP-2): CSV through Apache Commons CSV, every text cell made
 * safe against formula injection by {@link CsvCells}, with the counting note as the
 * closing lines; PDF through {@link PdfDocuments}, with the counting note under the
 * table. Both hold exactly the figures the chart shows.
 */
@Component
public class ReportDocuments {

	static final String[] HEADERS = { "Bar", "Value", "Unit", "Records", "Detail" };

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(Reports.ZONE);

	private final PdfDocuments pdf;

	ReportDocuments(PdfDocuments pdf) {
		this.pdf = pdf;
	}

	/**
	 * Writes the report as CSV: a header, one row per bar, then the report's title, its
	 * scope and how it counts as rows of their own.
	 */
	public void csv(Report report, Writer writer) {
		try {
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS).get());
			for (Report.Bar bar : report.bars()) {
				printer.printRecord(CsvCells.safe(bar.label()), (bar.value() != null) ? number(bar.value()) : "",
						CsvCells.safe(report.kind().unit()), bar.count(), CsvCells.safe(bar.detail()));
			}
			printer.println();
			printer.printRecord(CsvCells.safe("Report"), CsvCells.safe(report.title()));
			printer.printRecord(CsvCells.safe("Selected"), CsvCells.safe(report.scope()));
			printer.printRecord(CsvCells.safe("How this is counted"), CsvCells.safe(report.counting()));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String csv(Report report) {
		StringWriter writer = new StringWriter();
		csv(report, writer);
		return writer.toString();
	}

	/**
	 * @return the report as a PDF: title, scope, the table, how it counts
	 */
	public byte[] pdf(Report report) {
		return this.pdf.render("reporting/report-pdf",
				Map.of("report", report, "countedAt", WHEN.format(report.countedAt()), "values",
						report.bars().stream().map((bar) -> value(report, bar)).toList()));
	}

	/**
	 * @return a bar's value as the table shows it, e.g. "92 % met" or "no data"
	 */
	public static String value(Report report, Report.Bar bar) {
		return (bar.value() == null) ? "no data" : number(bar.value()) + " " + report.kind().unit();
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
