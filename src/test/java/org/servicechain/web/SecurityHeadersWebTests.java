package org.servicechain.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and transport (issue 9): a Content-Security-Policy that allows scripts from our
 * own files only, Referrer-Policy and Permissions-Policy on every page; behind a TLS
 * proxy (X-Forwarded-Proto from an internal address) the session cookie is
 * {@code __Host-} prefixed and Secure and HSTS is sent; redirects never name a host.
 */
@IntegrationTest
class SecurityHeadersWebTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Autowired
	TestClient.Clients clients;

	@Test
	void pagesSendAContentSecurityPolicyWithoutInlineScripts() {
		for (TestClient.Response page : List.of(this.clients.anonymous().get("/login"),
				this.clients.session(Role.MANAGER, null).get("/parties"))) {
			String csp = page.header("Content-Security-Policy");
			assertThat(csp).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
			assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(page.header("Permissions-Policy")).contains("camera=()");
			assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as("inline script").isFalse();
		}
	}

	@Test
	void noTemplateHasInlineScriptsOrEventHandlers() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script> in " + template).isFalse();
				assertThat(INLINE_HANDLER.matcher(html).find()).as("inline event handler in " + template).isFalse();
			}
		}
	}

	@Test
	void behindATlsProxyTheSessionCookieIsHostPrefixedAndSecureAndHstsIsSent() {
		TestClient.Response page = this.clients.anonymous().get("/login", Map.of("X-Forwarded-Proto", "https"));

		assertThat(page.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
		assertThat(page.raw().headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("__Host-SESSION=")
				.contains("Secure", "HttpOnly", "Path=/", "SameSite=Lax")
				.doesNotContain("Domain="));
	}

	@Test
	void overPlainHttpThereIsNoHsts() {
		TestClient.Response page = this.clients.anonymous().get("/login");
		assertThat(page.header("Strict-Transport-Security")).isEmpty();
		assertThat(page.raw().headers().allValues("Set-Cookie"))
			.allSatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure"));
	}

	@Test
	void redirectsNameAPathNotAHost() {
		TestClient.Response redirect = this.clients.anonymous().get("/parties");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).startsWith("/");
	}

}
