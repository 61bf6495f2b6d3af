package org.servicechain.web;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.SystemChromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff user's first steps in a real browser (the system Chromium, no browser
 * download): sign in, create a party, a service and a link, and find the new party on the
 * chain map.
 */
@Tag("browser")
@IntegrationTest
class ChainMapBrowserTests {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static SystemChromium chromium;

	static Browser browser;

	@Value("${local.server.port}")
	int port;

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
	void createsAPartyAndALinkAndSeesThemOnTheChainMap() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String courier = "Browser Couriers " + suffix;
		String customer = "Browser Customer " + suffix;
		String service = "Browser delivery " + suffix;
		Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1360, 900));
		String base = "http://127.0.0.1:" + this.port;

		page.navigate(base + "/login");
		page.getByLabel("Username").fill("admin");
		page.getByLabel("Password").fill("admin-test-password");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
			.click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Dashboard")))
			.isVisible();

		// A supplier and a customer, through the party form
		createParty(page, base, courier, "SUPPLIER", null);
		assertThat(page.locator("h1")).hasText(courier);
		assertThat(page.locator(".badge.external").first()).isVisible();
		createParty(page, base, customer, "CUSTOMER", "false");

		// A service, then the link: the courier provides it to the customer
		page.navigate(base + "/services/new");
		page.getByLabel("Name").fill(service);
		page.locator("form.form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText(service);

		page.navigate(base + "/links");
		page.selectOption("#providerId",
				new com.microsoft.playwright.options.SelectOption().setLabel(courier + " (External)"));
		page.selectOption("#serviceId", new com.microsoft.playwright.options.SelectOption().setLabel(service));
		page.selectOption("#consumerId",
				new com.microsoft.playwright.options.SelectOption().setLabel(customer + " (customer, External)"));
		page.locator("#new-link button[type=submit]").click();
		assertThat(page.locator(".alert.ok")).containsText("Link added");

		// The service's chain map shows both parties
		page.navigate(base + "/services");
		page.getByText(service).first().click();
		page.getByText("Open chain map").click();
		page.waitForSelector("#cy[data-ready=true]");
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) page
			.evaluate("() => window.servicechainMap.nodes().map((node) => node.data('label'))");
		assertThat(labels).containsExactlyInAnyOrder(courier, customer);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chain-map.png")).setFullPage(true));

		// Clicking a party on the map opens it
		page.evaluate(
				"() => window.servicechainMap.nodes().filter((n) => n.data('label').startsWith('Browser Couriers'))"
						+ ".emit('tap')");
		page.waitForURL("**/parties/**");
		assertThat(page.locator("h1")).hasText(courier);
		page.close();
	}

	private static void createParty(Page page, String base, String name, String kind, String internal) {
		page.navigate(base + "/parties/new");
		page.getByLabel("Name").fill(name);
		page.selectOption("#kind", kind);
		if (internal != null) {
			page.selectOption("#internal", internal);
			page.selectOption("#customerType", "ORGANISATION");
		}
		page.locator("form.form button[type=submit]").click();
		page.waitForURL("**/parties/*");
	}

}
