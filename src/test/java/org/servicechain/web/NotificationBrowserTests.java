package org.servicechain.web;

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
 * The notification centre in a browser (REQ-6): a customer's header badge counts a reply
 * without the page being reloaded (htmx polling under the pages' CSP), the list marks
 * read; an administrator reads the outbox and edits a template.
 */
@Tag("browser")
@IntegrationTest
class NotificationBrowserTests {

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
	void theBadgeCountsAReplyWithoutReloadingAndTheListMarksRead() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		String customerName = user(Role.CUSTOMER, chain.customer().id());
		String adminName = user(Role.ADMIN, null);
		TestClient customerApi = this.clients.anonymous().login(customerName, PASSWORD).useNewToken();
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = customerApi.post("/api/v1/requests",
				RequestFixtures.request(chain, chain.customer(), "Dishwasher leaks"));
		String id = raised.json().get("id").asString();
		String base = "http://127.0.0.1:" + this.port;

		try (BrowserContext customerContext = browser.newContext(viewport());
				BrowserContext adminContext = browser.newContext(viewport())) {
			Page customer = SystemChromium.signIn(customerContext, base, customerName, PASSWORD);
			customer.navigate(base + "/portal");
			Locator badge = customer.locator("#notify-badge .notify-count");
			assertThat(badge).hasText("1",
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));

			// The agent replies; the open page counts it at its next poll.
			agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "An engineer comes tomorrow."));
			assertThat(badge).hasText("2",
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(45_000));
			SystemChromium.screenshot(customer, "notify-badge.png");

			customer.locator("#notify-badge").click();
			assertThat(customer.locator("h1")).hasText("Notifications");
			assertThat(customer.getByText("An engineer comes tomorrow.")).isVisible();
			SystemChromium.screenshot(customer, "notify-list.png");
			customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")).click();
			assertThat(customer.locator("#notify-badge .notify-count")).hasCount(0);
			customer.getByText("Preferences").click();
			SystemChromium.screenshot(customer, "notify-preferences.png");

			Page admin = SystemChromium.signIn(adminContext, base, adminName, PASSWORD);
			admin.navigate(base + "/admin/outbox");
			assertThat(admin.locator("h1")).hasText("Outbox and mail log");
			SystemChromium.screenshot(admin, "notify-outbox.png");
			admin.navigate(base + "/admin/mail-templates/request.reply/en");
			admin.locator("#textBody").fill("Hello [(${title)]");
			admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(admin.locator(".field-error").first()).containsText("does not parse");
			SystemChromium.screenshot(admin, "notify-template-error.png");
		}
	}

	private static Browser.NewContextOptions viewport() {
		return new Browser.NewContextOptions().setViewportSize(1360, 900);
	}

	private String user(Role role, UUID partyId) {
		String username = "notify-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity
			.createUserAsSystem(new NewUser(username, "Notify " + role.label(), null, PASSWORD, role, partyId));
		return username;
	}

}
