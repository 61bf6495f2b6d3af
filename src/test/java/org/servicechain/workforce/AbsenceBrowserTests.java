package org.servicechain.workforce;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.SystemChromium;
import org.servicechain.testing.TestClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent asks for a holiday with a stand-in, a manager approves it and moves the
 * agent's open work to the stand-in, in a real browser (WF-1, WF-3), with screenshots of
 * the team page at desktop and phone sizes and of the cover page.
 */
@Tag("browser")
@IntegrationTest
class AbsenceBrowserTests {

	static final String PASSWORD = "browser-test-password";

	static SystemChromium chromium;

	static Browser browser;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@BeforeAll
	static void launchBrowser() {
		chromium = SystemChromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anAgentAsksAManagerApprovesAndTheWorkMovesToTheStandIn() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String agent = user(Role.AGENT, "Robin Away " + tag);
		String standIn = user(Role.AGENT, "Sasha Cover " + tag);
		String manager = user(Role.MANAGER, "Morgan Lead " + tag);
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		TestClient customer = fixtures.customerOf(chain.customer());
		List<String> held = new ArrayList<>();
		for (String summary : List.of("Oven not delivered " + tag, "Dryer door broken " + tag)) {
			TestClient.Response raised = customer.post("/api/v1/requests",
					RequestFixtures.request(chain, chain.customer(), summary));
			assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
			String id = raised.json().get("id").asString();
			TestClient.Response given = fixtures.manager()
				.put("/api/v1/requests/" + id + "/assignee", Map.of("assignee", agent), raised.etag());
			assertThat(given.status()).as(given.toString()).isEqualTo(200);
			held.add(id);
		}
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		String base = "http://127.0.0.1:" + this.port;

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = SystemChromium.signIn(context, base, agent, PASSWORD);
			page.navigate(base + "/team");
			page.getByLabel("Kind").selectOption("HOLIDAY");
			page.getByLabel("First day away").fill(today.toString());
			page.getByLabel("Last day away").fill(today.plusDays(2).toString());
			page.getByLabel("Stand-in (covers your work)").selectOption(standIn);
			page.getByLabel("Note").fill("Family wedding " + tag);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for it")).click();
			assertThat(page.locator(".alert.ok")).containsText("asked for; a manager decides it");
			assertThat(page.locator("body")).containsText("Family wedding " + tag);
			SystemChromium.screenshot(page, "absence-asked.png");
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 900))) {
			Page page = SystemChromium.signIn(context, base, manager, PASSWORD);
			page.navigate(base + "/team");
			Locator row = page.locator("#awaiting-head + table tr").filter(new Locator.FilterOptions().setHasText(tag));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
			assertThat(page.locator(".alert.ok")).containsText("Approved");
			Locator away = page.locator("#away-head + table tr").filter(new Locator.FilterOptions().setHasText(tag));
			assertThat(away).containsText("2 open items not moved");
			away.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Move their work")).click();
			assertThat(page.locator("h1")).containsText("Robin Away " + tag);
			assertThat(page.locator("#items-head + table")).containsText("Oven not delivered " + tag);
			SystemChromium.screenshot(page, "absence-cover.png");
			page.getByLabel("To the stand-in").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the work")).click();
			assertThat(page.locator(".alert.ok")).containsText("Moved 2 requests");
			assertThat(page.locator("#away-head + table tr").filter(new Locator.FilterOptions().setHasText(tag)))
				.containsText("nothing left on them");
		}
		for (String id : held) {
			assertThat(fixtures.manager().get("/api/v1/requests/" + id).json().get("assignee").asString())
				.isEqualTo(standIn);
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = SystemChromium.signIn(context, base, agent, PASSWORD);
			page.navigate(base + "/team");
			assertThat(page.locator("body")).containsText("Family wedding " + tag);
			SystemChromium.screenshot(page, "absence-team-phone.png");
		}
	}

	private String user(Role role, String displayName) {
		String username = "abs-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity.createUserAsSystem(new NewUser(username, displayName, null, PASSWORD, role, null));
		return username;
	}

}
