package org.servicechain.complaints;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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

/**
 * A customer complains in the portal, sees where the complaint stands, and accepts the
 * resolution staff propose (CMP-1, CMP-2): in a real browser, with screenshots of the
 * portal and of the staff's complaint page.
 */
@Tag("browser")
@IntegrationTest
class ComplaintBrowserTests {

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
	void aCustomerComplainsInThePortalAndAcceptsTheOutcome() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		ComplaintFixtures.usePolicy(fixtures.manager(), ComplaintFixtures.officeHours(fixtures.manager()));
		String base = "http://127.0.0.1:" + this.port;
		String customer = user(Role.CUSTOMER, chain.customer().id());
		String complaintUrl;
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = SystemChromium.signIn(context, base, customer, PASSWORD);
			page.navigate(base + "/portal/complaints");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a complaint")).click();
			page.getByLabel("Or which service?").selectOption(chain.delivery().id().toString());
			page.getByLabel("What kind of problem").selectOption("Late delivery");
			page.getByLabel("In a few words").fill("Fridge delivery missed twice");
			page.getByLabel("What happened").fill("Nobody came on Monday or on Wednesday, and nobody rang.");
			page.getByLabel("What would you like?").selectOption("REMEDY");
			page.getByLabel("If a remedy, which one").selectOption("REPEAT_PERFORMANCE");
			page.getByLabel("Anything that helps us talk with you").fill("Please phone rather than email");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the complaint")).click();
			assertThat(page.locator(".alert.ok")).containsText("we have your complaint");
			assertThat(page.locator("#complaint-status")).hasText("Received");
			complaintUrl = page.url();
			SystemChromium.screenshot(page, "complaint-portal-received.png");
		}
		String id = complaintUrl.replaceAll(".*/", "");

		// Staff acknowledge, apologise, analyse and propose a remedy.
		TestClient api = this.clients.api(Role.AGENT);
		TestClient.Response current = ComplaintIntegrationTests.ok(api.get("/api/v1/complaints/" + id));
		current = ComplaintIntegrationTests.ok(ComplaintIntegrationTests.take(api, current, "acknowledge", Map.of()));
		current = ComplaintIntegrationTests.ok(ComplaintIntegrationTests.take(api, current, "apologise",
				Map.of("wording", "We are sorry we missed you twice.")));
		current = ComplaintIntegrationTests.ok(ComplaintIntegrationTests.take(api, current, "analyse",
				Map.of("rootCause", "The courier's route was overbooked", "causeCategory", "Supplier failure",
						"responsiblePartyId", chain.courier().id())));
		ComplaintIntegrationTests
			.ok(ComplaintIntegrationTests.take(api, current, "act", Map.of("remedy", "REPEAT_PERFORMANCE", "value", 0,
					"description", "A guaranteed first slot tomorrow morning with our own crew.")));

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = SystemChromium.signIn(context, base, customer, PASSWORD);
			page.navigate(complaintUrl);
			assertThat(page.locator("#proposal")).containsText("A guaranteed first slot tomorrow morning");
			assertThat(page.locator(".steps-list")).containsText("We are sorry we missed you twice.");
			SystemChromium.screenshot(page, "complaint-portal-proposal-phone.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept: this puts it right")).click();
			assertThat(page.locator(".alert.ok")).containsText("Thank you");
			assertThat(page.locator("#complaint-status")).hasText("Resolution accepted");
		}

		String agent = user(Role.AGENT, null);
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 900))) {
			Page page = SystemChromium.signIn(context, base, agent, PASSWORD);
			page.navigate(base + "/complaints/" + id);
			assertThat(page.locator(".steps-list")).containsText("accepted");
			assertThat(page.locator("body")).containsText("Please phone rather than email");
			SystemChromium.screenshot(page, "complaint-staff-page.png");
			page.navigate(base + "/complaints?show=all");
			SystemChromium.screenshot(page, "complaint-register.png");
			page.navigate(base + "/complaints/reports");
			SystemChromium.screenshot(page, "complaint-reports.png");
		}
	}

	private String user(Role role, UUID partyId) {
		String username = "cmp-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity.createUserAsSystem(new NewUser(username, "Casey " + role.label(), null, PASSWORD, role, partyId));
		return username;
	}

}
