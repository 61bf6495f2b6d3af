package org.servicechain.sla;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.SystemChromium;
import org.servicechain.testing.TestClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request page shows the clocks, the ledger and a breach attributed to a supplier
 * (issue 8): the courier's own clock breached first, so the customer's breach is its.
 */
@Tag("browser")
@IntegrationTest
@Import(MutableClock.Config.class)
class SlaBrowserTests {

	static final String PASSWORD = "browser-test-password";

	static SystemChromium chromium;

	static Browser browser;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MutableClock clock;

	@Autowired
	SweepingClocks sweeping;

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
	void requestPageShowsClocksLedgerAndABreachAttributedToTheSupplier() {
		DeliveryChain chain = new RequestFixtures(this.clients).deliveryChain();
		TestClient api = this.clients.api(Role.AGENT);
		TestClient.Response raised = api.post("/api/v1/requests",
				RequestFixtures.request(chain, chain.customer(), "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		this.clock.advance(Duration.ofMinutes(20));
		TestClient.Response handed = api.post("/api/v1/requests/" + id + "/tasks", Map.of("party", chain.courier().id(),
				"summary", "Redeliver", "needed", "Two-person delivery", "sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		// The courier's 6 h run out first, then the customer's 8 h.
		this.clock.advance(Duration.ofHours(8));
		SystemActor.call(() -> this.sweeping.sweep(this.clock.instant()));

		String base = "http://127.0.0.1:" + this.port;
		String agent = user(Role.AGENT, null);
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 900))) {
			Page page = SystemChromium.signIn(context, base, agent, PASSWORD);
			page.navigate(base + "/requests/" + id);
			assertThat(page.locator("#sla")).containsText("Who held it");
			assertThat(page.locator("#sla .clock").first()).containsText("First response");
			assertThat(page.locator("#sla")).containsText("Resolution");
			assertThat(page.locator("#sla .alert.error")).containsText("Attributed to " + chain.courier().name());
			assertThat(page.locator("#sla .alert.error")).containsText("breached first");
			assertThat(page.locator("#sla table.ledger")).containsText(chain.courier().name());
			page.locator("#sla .clock.tone-breached summary").first().click();
			assertThat(page.locator("#sla .explain").first()).containsText("Started");
			SystemChromium.screenshot(page, "sla-request-breach.png");
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = SystemChromium.signIn(phone, base, agent, PASSWORD);
			page.navigate(base + "/requests/" + id);
			assertThat(page.locator("#sla")).containsText("Attributed to");
			SystemChromium.screenshot(page, "sla-request-breach-phone.png");
		}
	}

	private String user(Role role, UUID partyId) {
		String username = "sla-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity.createUserAsSystem(new NewUser(username, "Sla " + role.label(), null, PASSWORD, role, partyId));
		return username;
	}

}
