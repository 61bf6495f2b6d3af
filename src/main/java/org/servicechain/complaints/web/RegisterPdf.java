package org.servicechain.complaints.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.shared.PdfDocuments;

/**
 * The complaints register as a PDF (CMP-4), for the page's "Export PDF" and the API. It
 * reads exactly the rows the CSV export reads ({@link ComplaintQueries#export}, which
 * asks the access policy), renders {@code complaints/register-pdf} and hands it to the
 * shared {@link PdfDocuments}. Times are shown in London, where the organisation works.
 */
@Component
public class RegisterPdf {

	static final String TEMPLATE = "complaints/register-pdf";

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
		.withZone(LocalTimes.ZONE);

	private final ComplaintQueries queries;

	private final PdfDocuments pdf;

	private final Clock clock;

	RegisterPdf(ComplaintQueries queries, PdfDocuments pdf, Clock clock) {
		this.queries = queries;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * @param filter the register's filter; must not be {@literal null}.
	 * @param filterDescription what the filter selects, in words, for the heading
	 * @return the PDF, never {@literal null}.
	 */
	public byte[] render(ComplaintFilter filter, String filterDescription) {
		List<Row> rows = this.queries.export(filter).stream().map(Row::of).toList();
		return this.pdf.render(TEMPLATE, Map.of("rows", rows, "filter", filterDescription, "generatedAt",
				DAY_TIME.format(Instant.now(this.clock))));
	}

	/**
	 * One line of the printed register, its times already in words.
	 */
	public record Row(String reference, String summary, String complainant, String scope, long repeat,
			boolean communicationNeeds, String category, String context, String severity, String status,
			boolean referred, String received, String due, boolean overdue, String remedy) {

		static Row of(ComplaintSummary c) {
			String context = join(c.serviceName(), c.responsibleName(), c.causeCategory());
			String due = (c.resolvedAt() != null) ? "Resolved " + time(c.resolvedAt()) : time(c.nextDueAt());
			String remedy = (c.remedy() != null)
					? c.remedy().label() + ((c.remedyValue() != null) ? " £" + c.remedyValue().toPlainString() : "")
					: "";
			return new Row(c.reference(), c.summary(), c.complainant(), c.scope(), c.repeat(), c.communicationNeeds(),
					c.category(), context, c.severity().label(), c.status().label(), c.referred() || c.referredOut(),
					time(c.receivedAt()), due, c.overdue(), remedy);
		}

		private static String time(@Nullable Instant instant) {
			return (instant != null) ? DAY_TIME.format(instant) : "";
		}

		private static String join(@Nullable String... parts) {
			StringBuilder text = new StringBuilder();
			for (String part : parts) {
				if (part != null && !part.isBlank()) {
					text.append((text.length() > 0) ? " · " : "").append(part);
				}
			}
			return text.toString();
		}

	}

}
