package org.servicechain.requests.web.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the portal's pages in tests: ids from links and redirects, the text of a part
 * of a page, and a page's body compared with another's.
 */
final class PortalPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (value|content)=\"[^\"]+\"");

	private static final Pattern ID = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

	static final Map<String, String> HTMX = Map.of("HX-Request", "true");

	private PortalPages() {
	}

	/**
	 * @return the id at the end of a redirect's location.
	 */
	static UUID redirectedTo(TestClient.Response response, String path) {
		assertThat(response.status()).as(response.toString()).isEqualTo(302);
		String location = response.header("Location").replaceFirst("^https?://[^/]+", "");
		assertThat(location).startsWith(path + "/");
		return UUID.fromString(location.substring(path.length() + 1));
	}

	/**
	 * @return the ids in the links of a page that start with the path, in page order.
	 */
	static List<UUID> linkedIds(String html, String path) {
		Matcher matcher = Pattern.compile(Pattern.quote(path) + "/" + ID.pattern()).matcher(html);
		List<UUID> ids = new ArrayList<>();
		while (matcher.find()) {
			ids.add(UUID.fromString(matcher.group(1)));
		}
		return ids;
	}

	/**
	 * @return the body without the CSRF token, which Spring Security masks afresh in
	 * every response (BREACH protection), so that two answers can be compared byte for
	 * byte.
	 */
	static String withoutCsrf(String html) {
		return CSRF.matcher(html).replaceAll("name=\"_csrf\" $1=\"(token)\"");
	}

	/**
	 * Asserts that a request for something the caller may not see is answered exactly as
	 * one for something that does not exist: same status, same page.
	 */
	static void answersLikeUnknown(TestClient.Response hidden, TestClient.Response unknown) {
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(hidden.status()).as(hidden.toString()).isEqualTo(unknown.status());
		assertThat(withoutCsrf(hidden.body())).isEqualTo(withoutCsrf(unknown.body()));
		assertThat(hidden.header("Content-Type")).isEqualTo(unknown.header("Content-Type"));
	}

	/**
	 * @return the HTML between the first marker and the next occurrence of the end marker
	 * after it (or the end of the page), so assertions look only at that part.
	 */
	static String section(String html, String marker, String end) {
		int start = html.indexOf(marker);
		assertThat(start).as("page has " + marker).isNotNegative();
		int stop = html.indexOf(end, start + marker.length());
		return html.substring(start, stop < 0 ? html.length() : stop);
	}

	/**
	 * @return the text of some HTML, without tags and with whitespace collapsed.
	 */
	static String text(String html) {
		return html.replaceAll("<[^>]*>", " ")
			.replaceAll("\\s+", " ")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replace("&gt;", ">")
			.replace("&lt;", "<");
	}

}
