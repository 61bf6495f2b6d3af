package org.servicechain.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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

/**
 * The core journey in three browsers (REQ-1, REQ-2, INT-2): a customer raises a request
 * in the portal, an agent replies and hands the delivery to the courier upstream, the
 * courier accepts and completes it in the partner portal, the agent resolves the request
 * and the customer confirms it.
 */
@Tag("browser")
@IntegrationTest
class RequestJourneyBrowserTests {

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
	void customerRaisesAgentHandsToCourierCourierCompletesAgentResolvesCustomerConfirms() {
		DeliveryChain chain = new RequestFixtures(this.clients).deliveryChain();
		String base = "http://127.0.0.1:" + this.port;
		String customer = user(Role.CUSTOMER, chain.customer().id());
		String agent = user(Role.AGENT, null);
		String courier = user(Role.PARTNER, chain.courier().id());
		try (BrowserContext customerContext = browser.newContext(viewport());
				BrowserContext agentContext = browser.newContext(viewport());
				BrowserContext courierContext = browser.newContext(viewport())) {
			// The customer raises a request in the portal.
			Page portal = SystemChromium.signIn(customerContext, base, customer, PASSWORD);
			portal.navigate(base + "/portal/requests/new");
			portal.locator("#service").selectOption(new SelectOption().setLabel(chain.delivery().name()));
			portal.locator("#summary").fill("Washing machine not delivered");
			portal.locator("#description").fill("It was due **yesterday** between 8 and 12.");
			portal.locator("input[name=impact][value=MEDIUM]").check();
			portal.locator("input[name=urgency][value=HIGH]").check();
			portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise request")).click();
			portal.waitForLoadState();
			assertThat(portal.locator("h1")).containsText("Washing machine not delivered");
			String reference = portal.locator("h1").innerText().replaceAll(".*(REQ-\\d+).*", "$1");
			String requestPath = portal.url().replaceAll(".*/portal/requests/", "");
			SystemChromium.screenshot(portal, "journey-1-customer-raised.png");

			// The agent replies and hands the delivery to the courier upstream.
			Page desk = SystemChromium.signIn(agentContext, base, agent, PASSWORD);
			desk.navigate(base + "/requests/" + requestPath);
			assertThat(desk.locator("h1")).containsText(reference);
			desk.locator("#body").fill("Sorry about this. I am booking a new slot with the courier.");
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
			desk.waitForLoadState();
			desk.locator("#hand-over summary").click();
			desk.locator("#target").selectOption(new SelectOption().setIndex(indexOf(desk, chain.courier().name())));
			desk.locator("#task-summary").fill("Redeliver the washing machine");
			desk.locator("#needed").fill("Two-person delivery tomorrow morning.");
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand it over")).click();
			desk.waitForLoadState();
			assertThat(desk.locator("#waiting")).containsText(chain.courier().name());
			SystemChromium.screenshot(desk, "journey-2-agent-handed-over.png");

			// The courier accepts and completes the task in the partner portal.
			Page partner = SystemChromium.signIn(courierContext, base, courier, PASSWORD);
			partner.navigate(base + "/portal/tasks");
			partner.getByText("Redeliver the washing machine").first().click();
			partner.waitForLoadState();
			partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept this task")).click();
			partner.waitForLoadState();
			partner.locator("#complete-outcome").fill("Delivered at 09:40 and signed for.");
			partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the task")).click();
			partner.waitForLoadState();
			assertThat(partner.locator("body")).containsText("Completed");
			SystemChromium.screenshot(partner, "journey-3-courier-completed.png");

			// Back with the agent, who resolves it.
			desk.navigate(base + "/requests/" + requestPath);
			assertThat(desk.locator("#status")).hasText("Open");
			desk.locator("#to").selectOption(new SelectOption().setLabel("Resolve"));
			desk.locator("#reason").fill("Delivered and installed");
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move")).click();
			desk.waitForLoadState();
			assertThat(desk.locator("#status")).hasText("Resolved");
			SystemChromium.screenshot(desk, "journey-4-agent-resolved.png");

			// The customer confirms.
			portal.navigate(base + "/portal/requests/" + requestPath);
			portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm it's resolved")).click();
			portal.waitForLoadState();
			assertThat(portal.locator("body")).containsText(Pattern.compile("Closed"));
			SystemChromium.screenshot(portal, "journey-5-customer-confirmed.png");
		}
	}

	private static int indexOf(Page page, String partyName) {
		Object index = page.locator("#target")
			.evaluate("(select, name) => [...select.options].findIndex(o => o.parentElement.label && "
					+ "o.parentElement.label.startsWith('Upstream') && o.text.startsWith(name))", partyName);
		return ((Number) index).intValue();
	}

	private static Browser.NewContextOptions viewport() {
		return new Browser.NewContextOptions().setViewportSize(1360, 900);
	}

	private String user(Role role, UUID partyId) {
		String username = "journey-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity
			.createUserAsSystem(new NewUser(username, "Journey " + role.label(), null, PASSWORD, role, partyId));
		return username;
	}

}
