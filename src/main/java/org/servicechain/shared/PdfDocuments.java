package org.servicechain.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a page written as XHTML into a PDF document, with openhtmltopdf (the maintained
 * fork, on PDFBox). The one place every module makes PDFs: a module renders a Thymeleaf
 * template of its own (well-formed XHTML, CSS 2.1 with paged media: {@code @page},
 * {@code page-break-*}, running headers through {@code position: running(...)}) and hands
 * the text here, or lets {@link #render(String, Map)} do both.
 * <ul>
 * <li>Text is set in DejaVu Sans (regular and bold, embedded and subset), registered
 * under the family name {@value #FONT_FAMILY}, so names outside Latin-1 print rather than
 * turning into {@code #}. Templates should use {@code font-family: 'DejaVu Sans'}.</li>
 * <li>Nothing outside the document is fetched: images, style sheets and fonts referred to
 * by URL are refused (only {@code data:} URIs are read), so a PDF of what people typed
 * cannot be made to call into the network.</li>
 * <li>The input must be well-formed XML: a template that is not says so with an
 * {@link IllegalArgumentException} naming the parser's complaint.</li>
 * </ul>
 */
@Component
public class PdfDocuments {

	/**
	 * The font family the embedded fonts are registered under.
	 */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	public PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Renders a Thymeleaf template (HTML mode, written as XHTML) and turns it into a PDF.
	 * @param template the template's name, as a controller would return it, e.g.
	 * {@code complaints/register-pdf}; must not be {@literal null}.
	 * @param variables the template's variables; must not be {@literal null}.
	 * @return the PDF, never {@literal null}.
	 */
	public byte[] render(String template, Map<String, ?> variables) {
		Context context = new Context();
		variables.forEach(context::setVariable);
		return fromXhtml(this.templates.process(template, context));
	}

	/**
	 * @param xhtml a whole XHTML document; must not be {@literal null}.
	 * @return the PDF, never {@literal null}.
	 */
	public static byte[] fromXhtml(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(xhtml, out);
		return out.toByteArray();
	}

	/**
	 * Writes the PDF of an XHTML document to a stream, which it leaves open.
	 * @param xhtml a whole XHTML document; must not be {@literal null}.
	 * @param out where the PDF goes; must not be {@literal null}.
	 */
	public static void write(String xhtml, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			if (isParseError(ex)) {
				throw new IllegalArgumentException("Not well-formed XHTML: " + rootMessage(ex), ex);
			}
			throw ex;
		}
	}

	private static InputStream font(String name) {
		InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + name);
		if (in == null) {
			throw new IllegalStateException("Font /fonts/" + name + " is missing from the classpath");
		}
		return in;
	}

	private static boolean isParseError(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.xml.sax.SAXException
					|| cause instanceof javax.xml.transform.TransformerException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
