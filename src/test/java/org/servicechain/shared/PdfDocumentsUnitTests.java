package org.servicechain.shared;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The shared HTML-to-PDF renderer: text comes out as text (in the embedded font, so names
 * outside Latin-1 survive), bad XHTML is refused with the parser's reason, and nothing
 * the document points to outside itself is fetched.
 */
class PdfDocumentsUnitTests {

	static String page(String body) {
		return """
				<!DOCTYPE html>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/>
				<style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body>%s</body></html>
				""".formatted(body);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void rendersTextIncludingNamesOutsideLatin1() throws IOException {
		byte[] pdf = PdfDocuments.fromXhtml(page("<h1>Register</h1><p>Complaint from Łukasz Żółć &amp; Zoë</p>"));
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(text(pdf)).contains("Register").contains("Complaint from Łukasz Żółć & Zoë");
	}

	@Test
	void refusesMarkupThatIsNotWellFormed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PdfDocuments.fromXhtml(page("<p>open <b>never closed</p>")))
			.withMessageStartingWith("Not well-formed XHTML");
	}

	@Test
	void fetchesNothingOutsideTheDocument() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger calls = new AtomicInteger();
		server.createContext("/", (exchange) -> {
			calls.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			byte[] pdf = PdfDocuments.fromXhtml("""
					<!DOCTYPE html>
					<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/>
					<link rel="stylesheet" href="%1$s/style.css"/></head>
					<body><p>Still rendered</p><img src="%1$s/tracker.png"/></body></html>
					""".formatted(base));
			assertThat(text(pdf)).contains("Still rendered");
			assertThat(calls).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

}
