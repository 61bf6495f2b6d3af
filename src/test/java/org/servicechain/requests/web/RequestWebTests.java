package org.servicechain.requests.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages of requests over HTTP, as an agent's browser sees them (REQ-1 … REQ-5):
 * raising on behalf of a customer, the request page and its actions, the list, queues,
 * workload, the desk settings and the dashboard panel, full page and htmx partial.
 */
@IntegrationTest
class RequestWebTests {

	private static final Pattern REQUEST_PAGE = Pattern.compile(".*/requests/([0-9a-f-]{36})(#.*)?$");

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aDeliveryChainAndAnAgent() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		this.agent = this.clients.session(Role.AGENT, null);
	}

	@Test
	void agentRaisesARequestForACustomerAndWorksItOnItsPage() {
		TestClient.Response form = this.agent.get("/requests/new?requester=" + this.chain.customer().id());
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(this.chain.delivery().name()).contains("The priority matrix gives");

		TestClient.Response raised = this.agent.postForm("/requests/new", raiseForm("Fridge door broken on delivery"));
		assertThat(raised.status()).as(raised.body()).isEqualTo(302);
		String id = id(raised);
		TestClient.Response page = this.agent.get("/requests/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Fridge door broken on delivery")
			.contains("raised for " + html(this.chain.customer().name()))
			.contains(this.chain.customerSla())
			.contains("External customer")
			.contains("Take it");

		assertThat(this.agent
			.postForm("/requests/" + id + "/messages",
					Map.of("body", "We will <b>replace</b> the door.", "visibility", "PUBLIC"))
			.status()).isEqualTo(302);
		assertThat(this.agent
			.postForm("/requests/" + id + "/messages", Map.of("body", "Check stock first", "visibility", "INTERNAL"))
			.status()).isEqualTo(302);
		String conversation = this.agent.get("/requests/" + id).body();
		assertThat(conversation).contains("We will &lt;b&gt;replace&lt;/b&gt; the door.")
			.contains("Internal note · staff only")
			.contains("Check stock first");

		TestClient.Response handed = this.agent.postForm("/requests/" + id + "/tasks",
				Map.of("target", this.chain.courier().id() + "/" + this.chain.carriageLink(), "summary",
						"Collect the fridge door", "needed", "Collect the damaged door tomorrow."));
		assertThat(handed.status()).as(handed.body()).isEqualTo(302);
		String withTask = this.agent.get("/requests/" + id).body();
		assertThat(withTask).contains("Waiting on")
			.contains(html(this.chain.courier().name()))
			.contains("Collect the fridge door");
	}

	@Test
	void badInputIsShownBesideItsFormWithWhatWasTyped() {
		TestClient.Response noSummary = this.agent.postForm("/requests/new",
				withField(raiseForm(""), "description", "Kept description"));
		assertThat(noSummary.status()).isEqualTo(200);
		assertThat(noSummary.body()).contains("The request was not raised.")
			.contains("a summary needs 1 to 200 characters")
			.contains("Kept description");

		String id = id(this.agent.postForm("/requests/new", raiseForm("Wrong colour")));
		String version = version(this.agent.get("/api/v1/requests/" + id));
		TestClient.Response noReason = this.agent.postForm("/requests/" + id + "/transition",
				Map.of("version", version, "to", "WAITING_ON_CUSTOMER", "reason", ""));
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("give a reason; it is kept in the request&#39;s history");

		TestClient.Response resolveWithTaskOpen;
		this.agent.postForm("/requests/" + id + "/tasks", Map.of("target",
				this.chain.courier().id() + "/" + this.chain.carriageLink(), "summary", "Swap", "needed", "Swap it"));
		String now = version(this.agent.get("/api/v1/requests/" + id));
		resolveWithTaskOpen = this.agent.postForm("/requests/" + id + "/transition",
				Map.of("version", now, "to", "RESOLVED", "reason", "done"));
		assertThat(resolveWithTaskOpen.body()).contains("tasks are still open");
	}

	@Test
	void staleEditShowsWhatChanged() {
		String id = id(this.agent.postForm("/requests/new", raiseForm("Late delivery")));
		String version = version(this.agent.get("/api/v1/requests/" + id));
		assertThat(this.agent
			.postForm("/requests/" + id + "/priority",
					Map.of("version", version, "priority", "P1", "reason", "Vulnerable customer"))
			.status()).isEqualTo(302);
		TestClient.Response stale = this.agent.postForm("/requests/" + id + "/transition",
				Map.of("version", version, "to", "WAITING_ON_CUSTOMER", "reason", "Asked for photos"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this record").contains("priority");
	}

	@Test
	void listsQueuesWorkloadDeskAndDashboardRender() {
		String id = id(this.agent.postForm("/requests/new", raiseForm("Oven not heating")));
		// Newest first: the default order (soonest due) puts other tests' older work
		// ahead
		// of it in the shared database.
		assertThat(this.agent.get("/requests?sort=-opened").body()).contains("Oven not heating");
		assertThat(this.agent.get("/requests?scope=all&sort=-opened&internal=false").body())
			.contains("Oven not heating");
		assertThat(this.agent.get("/requests?q=nothing-matches-this").body()).contains("No requests match");
		TestClient.Response queue = this.agent.get("/queues/" + this.chain.frontLine().id());
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains("Oven not heating").contains("external customers first");
		assertThat(this.agent.get("/queues").body()).contains(html(this.chain.frontLine().name()));
		assertThat(this.agent.get("/queues/mine").body()).contains("My work");
		assertThat(this.agent.get("/desk").body()).contains("Priority matrix");
		TestClient.Response panel = this.agent.get("/requests/needs-me", Map.of("HX-Request", "true"));
		assertThat(panel.body()).contains("id=\"needs-me\"").doesNotContain("<html");
		assertThat(this.agent.get("/requests/needs-me").body()).contains("<html").contains("Nobody has these yet");
		assertThat(this.agent.get("/").body()).contains("/requests/needs-me");
		assertThat(id).isNotBlank();
	}

	private Map<String, String> raiseForm(String summary) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("requester", this.chain.customer().id().toString());
		form.put("service", this.chain.delivery().id().toString());
		form.put("impact", "MEDIUM");
		form.put("urgency", "HIGH");
		form.put("summary", summary);
		form.put("description", "The customer called about it.");
		return form;
	}

	private static Map<String, String> withField(Map<String, String> form, String field, String value) {
		Map<String, String> changed = new LinkedHashMap<>(form);
		changed.put(field, value);
		return changed;
	}

	private static String id(TestClient.Response redirect) {
		Matcher matcher = REQUEST_PAGE.matcher(redirect.header("Location"));
		assertThat(matcher.matches()).as(redirect.status() + " " + redirect.header("Location")).isTrue();
		return matcher.group(1);
	}

	private static String version(TestClient.Response response) {
		JsonNode json = response.json();
		return String.valueOf(json.get("version").asLong());
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;");
	}

}
