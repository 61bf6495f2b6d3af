package org.servicechain.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import org.servicechain.shared.PdfDocuments;

/**
 * The portfolio for the assessor as a ZIP (REP-3): {@code index.pdf} maps every criterion
 * to the pieces that evidence it, with sufficiency and marks, and {@code evidence/} holds
 * each piece as its own PDF. Customers' names, e-mail addresses and phone numbers are
 * redacted from everything ({@link Redaction}); customers appear only as "internal" or
 * "external". Whoever may read the portfolio may export it.
 */
@Component
public class PortfolioExport {

	static final String INDEX_TEMPLATE = "portfolio/index-pdf";

	static final String PIECE_TEMPLATE = "portfolio/piece-pdf";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy")
		.withZone(SufficiencyPolicy.ZONE);

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
		.withZone(SufficiencyPolicy.ZONE);

	private final PortfolioManagement management;

	private final PdfDocuments pdf;

	private final Clock clock;

	PortfolioExport(PortfolioManagement management, PdfDocuments pdf, Clock clock) {
		this.management = management;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * @param user id or login name
	 * @return the ZIP's bytes; never {@literal null}.
	 */
	public byte[] zip(String user) {
		PortfolioManagement.ExportData data = this.management.exportData(user);
		List<PieceRow> pieces = new ArrayList<>();
		Map<UUID, Integer> numbers = new HashMap<>();
		int number = 1;
		for (EvidenceView piece : data.pieces()) {
			Set<String> identity = data.identities().getOrDefault(piece.id(), Set.of());
			numbers.put(piece.id(), number);
			pieces.add(PieceRow.of(number++, piece, identity, data.portfolio()));
		}
		List<IndexRow> index = new ArrayList<>();
		for (StandardView standard : data.portfolio().standards()) {
			for (CriterionView criterion : standard.criteria()) {
				List<String> refs = criterion.evidence()
					.stream()
					.filter(numbers::containsKey)
					.map((id) -> "E" + numbers.get(id))
					.toList();
				index.add(new IndexRow(standard.code(), criterion.criterion().code(),
						criterion.criterion().kind().label(), criterion.criterion().text(),
						criterion.criterion().kind().takesEvidence(), String.join(", ", refs), criterion.status(),
						sufficiency(criterion.sufficiency()), criterion.sufficiency().gap()));
			}
		}
		String generated = DAY_TIME.format(Instant.now(this.clock));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("index.pdf"));
			zip.write(this.pdf.render(INDEX_TEMPLATE, Map.of("portfolio", data.portfolio(), "standards",
					data.portfolio().standards(), "rows", index, "pieces", pieces, "generatedAt", generated)));
			zip.closeEntry();
			for (PieceRow piece : pieces) {
				zip.putNextEntry(new ZipEntry("evidence/" + piece.fileName()));
				zip.write(this.pdf.render(PIECE_TEMPLATE,
						Map.of("portfolio", data.portfolio(), "piece", piece, "generatedAt", generated)));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String sufficiency(SufficiencyView s) {
		if (s.gap()) {
			return "No evidence yet";
		}
		return s.pieces() + (s.pieces() == 1 ? " piece" : " pieces") + ", " + s.occasions()
				+ (s.occasions() == 1 ? " occasion" : " occasions") + ", " + s.customers()
				+ (s.customers() == 1 ? " customer" : " customers") + ", " + s.days() + " days"
				+ (s.enough() ? "" : " (thin)");
	}

	/**
	 * One line of the index.
	 */
	public record IndexRow(String standard, String code, String kind, String text, boolean takesEvidence,
			String evidence, String status, String sufficiency, boolean gap) {

	}

	/**
	 * One piece, already redacted and in words.
	 */
	public record PieceRow(int number, String fileName, String kind, String reference, String title, String when,
			String customer, String annotation, List<String> criteria, List<String> witnesses) {

		static PieceRow of(int number, EvidenceView piece, Set<String> identity, PortfolioView portfolio) {
			String customer = (piece.customerInternal() == null) ? "No customer named"
					: (piece.customerInternal() ? "An internal customer" : "An external customer")
							+ " (identity removed)";
			List<String> criteria = new ArrayList<>();
			for (StandardView standard : portfolio.standards()) {
				for (CriterionView c : standard.criteria()) {
					if (piece.criteria().contains(c.criterion().code())) {
						criteria.add(c.criterion().code() + ": " + c.criterion().text());
					}
				}
			}
			List<String> witnesses = piece.witnesses()
				.stream()
				.map((w) -> w.witnessName() + " (" + w.witnessRole() + "): "
						+ ((w.answeredAt() == null) ? "asked " + DAY.format(w.askedAt()) + ", not answered yet"
								: (Boolean.TRUE.equals(w.confirmed()) ? "confirmed" : "did not confirm") + " on "
										+ DAY.format(w.answeredAt()) + ": \""
										+ Redaction.redact(w.statement(), identity) + "\""))
				.toList();
			String file = String.format("%02d-%s.pdf", number, piece.reference().replaceAll("[^A-Za-z0-9-]+", "-"));
			return new PieceRow(number, file, piece.kind().label(), piece.reference(),
					Redaction.redact(piece.title(), identity), DAY.format(piece.occurredAt()), customer,
					Redaction.redact(piece.annotation(), identity), criteria, witnesses);
		}

	}

}
