package org.servicechain.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.servicechain.shared.PdfDocuments;

/**
 * Evaluation reports and development plans as PDF (PM-4), through the shared
 * {@link PdfDocuments}: the same evidence as the page, read through {@link Evaluations}
 * and so under the same access.
 */
@Component
public class EvaluationPdf {

	static final String TEMPLATE = "reviews/evaluation-pdf";

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
		.withZone(Scorecards.ZONE);

	/**
	 * Which document.
	 */
	public enum Kind {

		REPORT("Evaluation report"), PLAN("Development plan");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private final PdfDocuments pdf;

	private final Clock clock;

	EvaluationPdf(PdfDocuments pdf, Clock clock) {
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * @param evaluation read through {@link Evaluations}, which checked the caller may
	 * see it
	 */
	public byte[] render(Evaluation evaluation, Kind kind) {
		return this.pdf.render(TEMPLATE, Map.of("e", evaluation, "kind", kind.name(), "title", kind.label(),
				"generatedAt", DAY_TIME.format(Instant.now(this.clock))));
	}

	/**
	 * @return a file name for the document, from the subject's name
	 */
	public static String fileName(Evaluation evaluation, Kind kind) {
		String name = evaluation.subject().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return ((kind == Kind.REPORT) ? "evaluation-" : "development-plan-") + name.replaceAll("^-|-$", "") + ".pdf";
	}

}
