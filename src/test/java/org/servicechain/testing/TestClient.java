package org.servicechain.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;

/**
 * Talks to the application over real HTTP, the way a client or a browser does: bearer
 * tokens for the API, form login with session cookie and CSRF token for the pages.
 */
public final class TestClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	private final String baseUrl;

	private final JsonMapper json;

	private final HttpClient http;

	private @Nullable String bearer;

	private @Nullable String csrf;

	TestClient(String baseUrl, JsonMapper json) {
		this.baseUrl = baseUrl;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @return a client signed in by form login as the given user.
	 */
	public TestClient login(String username, String password) {
		Response page = get("/login");
		this.csrf = csrfOf(page.body());
		Response response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form(Map.of("username", username, "password", password, "_csrf", this.csrf))))
			.build());
		if (response.status() != 302 || response.header("Location").contains("error")) {
			throw new IllegalStateException(
					"Login of " + username + " failed: " + response.status() + " " + response.header("Location"));
		}
		// The session changed at login, and with it the CSRF token. A user with a second
		// factor is asked for the code first, on a page that carries the token too.
		this.csrf = csrfOf(get(response.header("Location").endsWith("/login/second-factor") ? "/login/second-factor"
				: "/account/password")
			.body());
		return this;
	}

	/**
	 * Creates an API token for the signed-in user and uses it from now on instead of the
	 * session.
	 */
	public TestClient useNewToken() {
		JsonNode created = post("/api/v1/tokens", Map.of("name", "test " + UUID.randomUUID())).json();
		this.bearer = created.get("secret").asString();
		return this;
	}

	public @Nullable String token() {
		return this.bearer;
	}

	public TestClient withToken(String token) {
		this.bearer = token;
		return this;
	}

	public Response get(String path) {
		return send(builder(path).GET().build());
	}

	public Response get(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path).GET();
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/**
	 * @return the response with its body as bytes, for downloads such as PDFs.
	 */
	public BytesResponse getBytes(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(builder(path).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new BytesResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A download: status, content type and the body as it came.
	 */
	public record BytesResponse(int status, String contentType, byte[] body) {

	}

	/**
	 * @return every item of a paged collection, reading page after page.
	 */
	public java.util.List<JsonNode> items(String path) {
		java.util.List<JsonNode> items = new java.util.ArrayList<>();
		String separator = path.contains("?") ? "&" : "?";
		for (int page = 0;; page++) {
			Response response = get(path + separator + "size=200&page=" + page);
			if (response.status() != 200) {
				throw new IllegalStateException(path + ": " + response);
			}
			JsonNode json = response.json();
			json.get("items").valueStream().forEach(items::add);
			if (page + 1 >= json.get("totalPages").asInt()) {
				return items;
			}
		}
	}

	/**
	 * Sends a body of any type as it is, e.g. an iCalendar file or a multipart form.
	 */
	public Response send(String method, String path, String contentType, String body, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/**
	 * Sends a multipart/form-data body: text fields and files, as a browser or a script
	 * uploading attachments does.
	 */
	public Response multipart(String path, Map<String, String> fields, Map<String, byte[]> files,
			Map<String, String> headers) {
		String boundary = "----servicechain" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.function.Consumer<String> write = (text) -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		fields.forEach((name, value) -> {
			write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n");
			write.accept(name.equals("request") ? "Content-Type: application/json\r\n\r\n" : "\r\n");
			write.accept(value + "\r\n");
		});
		files.forEach((fileName, content) -> {
			write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(content);
			write.accept("\r\n");
		});
		write.accept("--" + boundary + "--\r\n");
		HttpRequest.Builder builder = builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	public Response post(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json").POST(body(body)).build());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path).header("Content-Type", "application/json").POST(body(body));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	public Response postRaw(String path, String contentType, String body) {
		return send(builder(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public Response postForm(String path, Map<String, String> fields) {
		Map<String, String> withCsrf = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			withCsrf.put("_csrf", this.csrf);
		}
		return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(withCsrf)))
			.build());
	}

	public Response put(String path, Object body, @Nullable String ifMatch) {
		HttpRequest.Builder builder = builder(path).header("Content-Type", "application/json").PUT(body(body));
		if (ifMatch != null) {
			builder.header("If-Match", ifMatch);
		}
		return send(builder.build());
	}

	public Response delete(String path, @Nullable String ifMatch) {
		HttpRequest.Builder builder = builder(path).DELETE();
		if (ifMatch != null) {
			builder.header("If-Match", ifMatch);
		}
		return send(builder.build());
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/html");
		if (this.bearer != null) {
			builder.header("Authorization", "Bearer " + this.bearer);
		}
		else if (this.csrf != null) {
			builder.header("X-CSRF-TOKEN", this.csrf);
		}
		return builder;
	}

	private HttpRequest.BodyPublisher body(Object body) {
		return HttpRequest.BodyPublishers
			.ofString(body instanceof String text ? text : this.json.writeValueAsString(body));
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response, this.json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((key, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

	private static String csrfOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in page");
		}
		return matcher.group(1);
	}

	/**
	 * An HTTP response with helpers to read problem+json and ETags.
	 */
	public record Response(HttpResponse<String> raw, JsonMapper mapper) {

		public int status() {
			return this.raw.statusCode();
		}

		public String body() {
			return this.raw.body();
		}

		public JsonNode json() {
			return this.mapper.readTree(this.raw.body());
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse("");
		}

		public String etag() {
			return header("ETag");
		}

		@Override
		public String toString() {
			return status() + " " + body();
		}

	}

	/**
	 * Makes clients for the running server and users of any role to drive it with.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Factory {

		@Bean
		@Lazy
		Clients testClients(Environment context, JsonMapper json, IdentityManagement identity) {
			return new Clients(context, json, identity);
		}

	}

	/**
	 * Signed-in clients per role. Usernames are unique per call, so tests never collide
	 * even when they share one PostgreSQL database.
	 */
	public static class Clients {

		public static final String PASSWORD = "integration-test-password";

		private final Environment context;

		private final JsonMapper json;

		private final IdentityManagement identity;

		Clients(Environment context, JsonMapper json, IdentityManagement identity) {
			this.context = context;
			this.json = json;
			this.identity = identity;
		}

		public TestClient anonymous() {
			return new TestClient("http://127.0.0.1:" + this.context.getRequiredProperty("local.server.port"),
					this.json);
		}

		/**
		 * @return a client signed in (session) as a new user of the role.
		 */
		public TestClient session(Role role, @Nullable UUID partyId) {
			String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-"
					+ UUID.randomUUID().toString().substring(0, 8);
			this.identity
				.createUserAsSystem(new NewUser(username, "Test " + role.label(), null, PASSWORD, role, partyId));
			return anonymous().login(username, PASSWORD);
		}

		/**
		 * @return a client using a bearer token of a new user of the role.
		 */
		public TestClient api(Role role) {
			return session(role, null).useNewToken();
		}

		public TestClient api(Role role, UUID partyId) {
			return session(role, partyId).useNewToken();
		}

	}

}
