package org.servicechain.privacy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.servicechain.shared.PdfDocuments;

/**
 * The subject access export as a readable PDF: the very JSON kept when the request was
 * completed, laid out section by section (one per module), each record as labelled lines,
 * rendered from {@code privacy/export-pdf} by the shared {@link PdfDocuments}. Nothing is
 * read again from the modules, so the PDF and the JSON always say the same.
 */
@Component
public class SubjectAccessPdf {

	static final String TEMPLATE = "privacy/export-pdf";

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(PrivacyTimes.ZONE);

	private final SubjectAccess subjectAccess;

	private final PdfDocuments pdf;

	private final JsonMapper json = JsonMapper.builder().build();

	SubjectAccessPdf(SubjectAccess subjectAccess, PdfDocuments pdf) {
		this.subjectAccess = subjectAccess;
		this.pdf = pdf;
	}

	/**
	 * @return the PDF of the completed request's export; the download is audited
	 */
	public byte[] render(UUID requestId) {
		SubjectAccess.ExportForPrint export = this.subjectAccess.exportForPrint(requestId);
		JsonNode document = this.json.readTree(export.json());
		List<Section> sections = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : document.properties()) {
			if (List.of("subject", "exportedAt", "exportedBy").contains(field.getKey())) {
				continue;
			}
			List<Line> lines = new ArrayList<>();
			lines(field.getValue(), 0, lines);
			sections.add(new Section(label(field.getKey()), lines));
		}
		SubjectAccessRequestView request = export.request();
		return this.pdf.render(TEMPLATE,
				Map.of("request", request, "sections", sections, "exportedAt", text(document.get("exportedAt")),
						"exportedBy", text(document.get("exportedBy")), "completedAt",
						(request.completedAt() != null) ? DAY_TIME.format(request.completedAt()) : ""));
	}

	/**
	 * One module's part of the export.
	 */
	public record Section(String title, List<Line> lines) {

	}

	/**
	 * One line: a label and its value (empty for a heading of nested lines), indented by
	 * depth.
	 */
	public record Line(int depth, String label, String value) {

	}

	/**
	 * Objects become labelled lines; lists become numbered records; empty values are left
	 * out so the reader sees what is held.
	 */
	static void lines(JsonNode node, int depth, List<Line> out) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				JsonNode value = field.getValue();
				if (value == null || value.isNull() || (value.isContainer() && value.isEmpty())) {
					continue;
				}
				if (value.isContainer()) {
					out.add(new Line(depth, label(field.getKey()), ""));
					lines(value, depth + 1, out);
				}
				else {
					out.add(new Line(depth, label(field.getKey()), text(value)));
				}
			}
		}
		else if (node.isArray()) {
			int number = 1;
			for (JsonNode item : node) {
				if (item.isContainer()) {
					out.add(new Line(depth, "#" + number, ""));
					lines(item, depth + 1, out);
				}
				else {
					out.add(new Line(depth, "#" + number, text(item)));
				}
				number++;
			}
		}
		else if (!node.isNull()) {
			out.add(new Line(depth, "", text(node)));
		}
	}

	/**
	 * "communicationNeeds" → "Communication needs".
	 */
	static String label(String key) {
		String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? "" : node.isString() ? node.asString() : node.toString();
	}

}
