package org.servicechain.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surveys, and answering them through a link as a browser without an account does.
 */
final class FeedbackFixtures {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private FeedbackFixtures() {
	}

	static Map<String, Object> csatAfter(Named service) {
		Map<String, Object> survey = new HashMap<>();
		survey.put("name", "After " + service.name());
		survey.put("kind", "CSAT");
		survey.put("question", "How satisfied are you with how we handled your request?");
		survey.put("commentQuestion", "What is the main reason for your score?");
		survey.put("serviceId", service.id());
		survey.put("requesterScope", "ANY");
		survey.put("samplingPercent", 100);
		survey.put("quietDays", 30);
		survey.put("validDays", 14);
		survey.put("active", true);
		return survey;
	}

	static String createSurvey(TestClient manager, Map<String, Object> survey) {
		TestClient.Response created = manager.post("/api/v1/feedback/surveys", survey);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * Posts a form the way a browser does after opening the page: with the page's CSRF
	 * token and its session.
	 */
	static TestClient.Response submit(TestClient browser, String path, Map<String, String> fields) {
		return post(browser, path, csrf(browser, path.replace("/unsubscribe", "")), fields);
	}

	static String csrf(TestClient browser, String page) {
		String body = browser.get(page).body();
		Matcher csrf = CSRF.matcher(body);
		assertThat(csrf.find()).as(body).isTrue();
		return csrf.group(1);
	}

	static TestClient.Response post(TestClient browser, String path, String csrf, Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=")
			.append(java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8));
		fields.forEach((key, value) -> body.append('&')
			.append(key)
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
		return browser.postRaw(path, "application/x-www-form-urlencoded", body.toString());
	}

	static String resolve(TestClient agent, String requestId) {
		TestClient.Response current = agent.get("/api/v1/requests/" + requestId);
		TestClient.Response resolved = agent.post("/api/v1/requests/" + requestId + "/transitions",
				Map.of("to", "RESOLVED", "reason", "Delivered"), Map.of("If-Match", current.etag()));
		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
		return requestId;
	}

	static JsonNode find(java.util.List<JsonNode> items, String field, String value) {
		return items.stream()
			.filter((item) -> value.equals(item.get(field).asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No item with " + field + " " + value + " in " + items));
	}

}
