package org.servicechain.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.SystemChromium;
import org.servicechain.testing.TestClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Negotiating an agreement in two browsers (AGREE-3, INT-2): a manager drafts and
 * proposes it, the supplier's partner user counters in the portal, the manager counters
 * back, both sides accept with their authorised contacts, and the manager activates it.
 */
@Tag("browser")
@IntegrationTest
class AgreementNegotiationBrowserTests {

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
	void negotiatesTwoRoundsAndIsAcceptedByBothSides() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		TestClient api = this.clients.api(Role.MANAGER);
		String warehouse = id(
				api.post("/api/v1/parties", Map.of("name", "Nego Warehouse " + tag, "kind", "INTERNAL_TEAM")));
		String courier = id(api.post("/api/v1/parties", Map.of("name", "Nego Couriers " + tag, "kind", "SUPPLIER")));
		String service = "Nego parcels " + tag;
		id(api.post("/api/v1/services", Map.of("name", service)));
		String calendar = "Nego office " + tag;
		id(api.post("/api/v1/calendars", Map.of("name", calendar, "zone", "Europe/London", "hours",
				Map.of("MONDAY", List.of("09:00-17:00"), "TUESDAY", List.of("09:00-17:00")))));
		String ravi = "Ravi " + tag;
		String karen = "Karen " + tag;
		contact(api, warehouse, ravi, true);
		contact(api, courier, karen, true);
		contact(api, courier, "Dave " + tag, false);
		String managerName = user(Role.MANAGER, null);
		String partnerName = user(Role.PARTNER, UUID.fromString(courier));
		String base = "http://127.0.0.1:" + this.port;
		String title = "Parcel carriage " + tag;

		try (BrowserContext managerContext = browser.newContext(viewport());
				BrowserContext partnerContext = browser.newContext(viewport())) {
			Page manager = SystemChromium.signIn(managerContext, base, managerName, PASSWORD);
			Page partner = SystemChromium.signIn(partnerContext, base, partnerName, PASSWORD);

			// The manager drafts the agreement and proposes it for our side
			manager.navigate(base + "/agreements");
			manager.getByText("New agreement").click();
			manager.getByLabel("Title").fill(title);
			manager.selectOption("#kind", "UNDERPINNING_CONTRACT");
			manager.selectOption("#providerId", new SelectOption().setLabel("Nego Couriers " + tag + " (External)"));
			manager.selectOption("#consumerId", new SelectOption().setLabel("Nego Warehouse " + tag + " (Internal)"));
			manager.selectOption("#calendarId", new SelectOption().setLabel(calendar + " (Europe/London)"));
			manager.getByLabel(service).check();
			String[][] targets = { { "1h", "8h" }, { "2h", "16h" }, { "4h", "24h" }, { "8h", "40h" } };
			for (int i = 0; i < targets.length; i++) {
				manager.locator("[name='targets[" + i + "].firstResponse']").fill(targets[i][0]);
				manager.locator("[name='targets[" + i + "].resolution']").fill(targets[i][1]);
			}
			manager.getByLabel("Provider's responsibilities").fill("Collect by 15:00 on working days");
			manager.locator("[name='escalationPath[0].contactId']")
				.selectOption(new SelectOption().setLabel(karen + " — Nego Couriers " + tag));
			manager.locator("[name='escalationPath[0].after']").fill("4h");
			manager.selectOption("#conflictRule", "PRIORITY_THEN_EXTERNAL");
			manager.getByLabel("To our organisation").fill("Predictable collection times");
			manager.getByLabel("To the partner").fill("Guaranteed daily volume");
			SystemChromium.screenshot(manager, "agreement-new.png");
			manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft").setExact(true))
				.click();
			assertThat(manager.locator("#status")).hasText("Draft");
			manager
				.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Propose as the consumer").setExact(true))
				.click();
			assertThat(manager.locator("#status")).hasText("Proposed");
			String agreementPath = manager.url().replace(base, "");
			String id = agreementPath.substring(agreementPath.lastIndexOf('/') + 1);

			// Round 1: the courier wants longer for P1 resolution
			partner.navigate(base + "/portal");
			partner.getByText("Your agreements").click();
			partner.getByText(title).click();
			assertThat(partner.locator("h1")).containsText(title);
			SystemChromium.screenshot(partner, "portal-agreement-proposed.png");
			partner.locator("#counter-link").click();
			partner.locator("[name='targets[0].resolution']").fill("16h");
			partner.getByLabel("Why (shown with the version)").fill("Rural routes need longer");
			SystemChromium.screenshot(partner, "portal-counter.png");
			partner
				.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put forward version 2").setExact(true))
				.click();
			assertThat(partner.locator(".alert.ok")).containsText("Version 2 put forward for the provider");
			assertThat(partner.locator("#status")).hasText("Countered");

			// Round 2: we meet in the middle
			manager.navigate(base + agreementPath);
			manager.getByText("Compare with version 1").click();
			assertThat(manager.locator("tr.changed[data-item='P1 critical resolution'] td.after")).hasText("16h");
			SystemChromium.screenshot(manager, "agreement-diff.png");
			manager.navigate(base + agreementPath);
			manager.locator("#counter-link").click();
			assertThat(manager.locator("#side")).hasValue("CONSUMER");
			manager.locator("[name='targets[0].resolution']").fill("12h");
			manager
				.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put forward version 3").setExact(true))
				.click();
			assertThat(manager.locator(".alert.ok")).containsText("Version 3 put forward for the consumer");

			// The courier accepts version 3 with its authorised contact
			partner.navigate(base + "/portal/agreements/" + id);
			assertThat(partner.locator("#terms")).containsText("12h");
			assertThat(partner.locator("#accept-CONSUMER")).hasCount(0);
			partner.selectOption("#contact-PROVIDER", new SelectOption().setLabel(karen));
			partner
				.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Accept version 3 for the provider").setExact(true))
				.click();
			assertThat(partner.locator(".alert.ok")).containsText("Accepted for the provider");
			assertThat(partner.locator("#acceptance")).containsText(karen);
			SystemChromium.screenshot(partner, "portal-accepted.png");

			// We accept too: agreed, then active
			manager.navigate(base + agreementPath);
			manager.selectOption("#contact-CONSUMER", new SelectOption().setLabel(ravi));
			manager
				.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Accept version 3 for the consumer").setExact(true))
				.click();
			assertThat(manager.locator("#status")).hasText("Agreed");
			assertThat(manager.locator("ol.lifecycle li.current")).hasText("Agreed");
			SystemChromium.screenshot(manager, "agreement-agreed.png");
			manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate").setExact(true)).click();
			assertThat(manager.locator("#status")).hasText("Active");
			SystemChromium.screenshot(manager, "agreement-active.png");
			manager.navigate(base + "/agreements");
			SystemChromium.screenshot(manager, "agreement-list.png");
		}
		assertThat(api.get("/api/v1/agreements?status=ACTIVE").body()).contains(title);
	}

	private static Browser.NewContextOptions viewport() {
		return new Browser.NewContextOptions().setViewportSize(1360, 900);
	}

	private String user(Role role, UUID partyId) {
		String username = "nego-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity.createUserAsSystem(new NewUser(username, "Nego " + role.label(), null, PASSWORD, role, partyId));
		return username;
	}

	private static void contact(TestClient api, String party, String name, boolean signs) {
		id(api.post("/api/v1/parties/" + party + "/contacts",
				Map.of("name", name, "canSignAgreements", signs, "canApproveSpend", false, "canSetPriorities", false)));
	}

	private static String id(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
