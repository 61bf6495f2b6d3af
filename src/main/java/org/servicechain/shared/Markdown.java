package org.servicechain.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders what people write (request bodies, replies, notes) from Markdown to HTML with
 * commonmark-java. Raw HTML in the text is escaped, never passed through, and link
 * destinations with unsafe schemes ({@code javascript:}) are dropped, so a body can be
 * shown with {@code th:utext} without becoming a way in for script.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private Markdown() {
	}

	/**
	 * @param text Markdown written by a person; may be {@literal null}
	 * @return safe HTML, never {@literal null}.
	 */
	public static String toHtml(@org.jspecify.annotations.Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		return RENDERER.render(PARSER.parse(text));
	}

}
