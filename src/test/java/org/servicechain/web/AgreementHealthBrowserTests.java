package org.servicechain.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.SystemChromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a manager sees first, in a real browser on the demo organisation (issue 14): the
 * St Anne's repair SLA (AGR-1014), whose promises cannot be kept, says so on the
 * dashboard and in the agreements list instead of looking healthy; the agreement and
 * chain pages pass axe-core with no serious or critical violation; on a phone the menu
 * folds and the verdict stays on screen.
 */
@Tag("browser")
@IntegrationTest
@TestPropertySource(properties = { "servicechain.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-browser-${random.uuid};DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class AgreementHealthBrowserTests {

	/** WCAG 2.0, 2.1 and 2.2 A and AA, as axe-core tags them. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

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
	void theUnkeepableRepairPromiseShowsOnTheDashboardAndInTheList() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = signIn(context, "maria.manager");

			Locator health = page.locator("#agreement-health");
			assertThat(health).isVisible();
			Locator repair = health.locator("li", new Locator.LocatorOptions().setHasText("AGR-1014"));
			assertThat(repair.locator("[data-health]")).hasAttribute("data-health", "CANNOT_BE_KEPT");
			assertThat(repair.locator("[data-health]")).containsText("Cannot be kept");
			assertThat(health.locator("#health-cannot_be_kept .value")).hasText("1");
			SystemChromium.screenshot(page, "health-dashboard.png");

			page.navigate(base() + "/agreements");
			Locator row = row(page, "AGR-1014");
			assertThat(row.locator("[data-health]")).hasAttribute("data-health", "CANNOT_BE_KEPT");
			assertThat(row.locator("[data-health]")).containsText("Cannot be kept");
			Locator delivery = row(page, "AGR-1009");
			assertThat(delivery.locator("[data-health]")).hasAttribute("data-health", "FEASIBLE");
			SystemChromium.screenshot(page, "health-agreements.png");

			// Filtering by health leaves the one that cannot be kept and the contracts
			// that hold it back.
			page.locator("#health").selectOption("CANNOT_BE_KEPT");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			assertThat(page.locator("#agreement-table")).containsText("AGR-1014");
			assertThat(page.locator("#agreement-table")).not().containsText("AGR-1009");
		}
	}

	@Test
	void agreementAndChainPagesHaveNoSeriousAccessibilityViolations() {
		// The pages forbid inline scripts (CSP); axe-core is injected as one, so this
		// context alone bypasses the policy. The pages' own scripts are unaffected.
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setBypassCSP(true))) {
			Page page = signIn(context, "maria.manager");
			page.navigate(base() + "/agreements");
			String repair = row(page, "AGR-1014").locator("a").first().getAttribute("href");
			for (String path : List.of("/agreements", repair, "/agreements/new", "/chain/map", "/parties", "/links",
					"/contacts")) {
				page.navigate(base() + path);
				page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
				assertThat(seriousViolations(page)).as(path).isEmpty();
			}
			// A party page, with its agreements panel loaded
			page.navigate(base() + "/parties?q=PayBridge");
			page.locator("#results a", new Page.LocatorOptions().setHasText("PayBridge Payments")).first().click();
			assertThat(page.locator("#agreements")).containsText("AGR-1015");
			assertThat(seriousViolations(page)).as("party page").isEmpty();
			// WCAG 2.2 target size (2.5.8): links in tables and lists are at least 24 px
			// high
			@SuppressWarnings("unchecked")
			List<String> small = (List<String>) page.evaluate("""
					() => Array.from(document.querySelectorAll('main td a, main li > a, main dd a'))
					  .filter((a) => a.offsetParent !== null)
					  .filter((a) => a.getBoundingClientRect().height < 24)
					  .map((a) => a.textContent.trim() + ' ' + a.getBoundingClientRect().height)""");
			assertThat(small).as("links under 24 px on the party page").isEmpty();
		}
	}

	@Test
	void theWholeOrganisationMapGroupsCustomersAndIsReachableByKeyboard() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = signIn(context, "maria.manager");
			page.navigate(base() + "/chain/map");
			page.waitForSelector("#cy[data-ready=true]");
			// Customers of the same services from the same providers are one node; links
			// are bundled
			Object groups = page.evaluate("() => window.servicechainMap.nodes('.group').length");
			assertThat(((Number) groups).intValue()).isPositive();
			int drawn = Integer.parseInt(page.locator("#cy").getAttribute("data-nodes"));
			assertThat(drawn).as("fewer nodes than the demo's 33 parties").isLessThan(33);
			Object repeated = page.evaluate(
					"() => window.servicechainMap.edges().filter((e) => e.data('label') === 'Home delivery').length");
			assertThat(((Number) repeated).intValue()).as("'Home delivery' drawn once per bundle").isLessThan(5);

			// Choosing a service does not leave the page (WCAG 3.2.2); Show does
			String url = page.url();
			page.locator("#serviceId")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Home delivery"));
			assertThat(page).hasURL(url);

			// Keyboard: the map takes focus, arrows move between parties, Enter opens one
			assertThat(page.locator("#cy")).hasAttribute("tabindex", "0");
			page.locator("#cy").focus();
			page.keyboard().press("ArrowRight");
			assertThat(page.locator("#map-status")).containsText("Enter opens it");
			page.keyboard().press("Enter");
			page.waitForURL("**/parties/**");
			assertThat(page.locator("h1")).isVisible();
		}
	}

	@Test
	void onAPhoneTheMenuFoldsAndTheVerdictStaysOnScreen() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = signIn(context, "maria.manager");
			Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
			assertThat(menu).isVisible();
			assertThat(page.locator("#main-nav")).isHidden();
			menu.click();
			assertThat(page.locator("#main-nav")).isVisible();
			page.locator("#main-nav").getByText("Agreements").click();
			row(page, "AGR-1014").locator("a").first().click();
			Locator verdict = page.locator("#feasibility .badge.danger").first();
			assertThat(verdict).isVisible();
			verdict.scrollIntoViewIfNeeded();
			BoundingBox box = verdict.boundingBox();
			assertThat(box.x + box.width).as("the verdict is within the phone's width").isLessThanOrEqualTo(390);
			assertThat(page.locator("#health [data-health]")).hasAttribute("data-health", "CANNOT_BE_KEPT");
			SystemChromium.screenshot(page, "health-agreement-phone.png");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> seriousViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
		Object found = page.evaluate("""
				async (tags) => {
				  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
				  return result.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | '));
				}""", WCAG_TAGS);
		return (List<String>) found;
	}

	private static String axeSource() {
		try (InputStream in = AgreementHealthBrowserTests.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			assertThat(in).as("axe-core on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The list's row of an agreement by its reference (other rows may name it "via"). */
	private static Locator row(Page page, String reference) {
		return page.locator("#agreement-table tr:has(td:first-child a:text-is('" + reference + "'))");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private Page signIn(BrowserContext context, String username) {
		Page page = SystemChromium.signIn(context, base(), username, "servicechain-demo");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
		return page;
	}

}
