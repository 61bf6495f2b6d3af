package org.servicechain.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

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
 * Feedback in a real browser (FB-1 … FB-3): a manager captures a customer's comment in a
 * few seconds; a customer answers a CSAT survey and a SERVQUAL survey through their
 * public links without signing in, sees the thank-you page, and cannot use a link twice;
 * the manager sees the SERVQUAL gap chart on the survey's page. The survey form and the
 * results pass axe-core with no serious or critical WCAG violation.
 */
@Tag("browser")
@IntegrationTest
@Import(FeedbackBrowserTests.Heard.class)
class FeedbackBrowserTests {

	static final String PASSWORD = "browser-test-password";

	/** WCAG 2.0, 2.1 and 2.2 A and AA, as axe-core tags them. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static SystemChromium chromium;

	static Browser browser;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	Heard heard;

	/**
	 * The survey links sent, as a mail channel would hear of them.
	 */
	@TestConfiguration
	static class Heard extends CopyOnWriteArrayList<SurveyInvited> {

		@EventListener
		void on(SurveyInvited event) {
			add(event);
		}

		String linkAbout(String requestId) {
			return stream().filter((event) -> String.valueOf(event.requestId()).equals(requestId))
				.findFirst()
				.orElseThrow()
				.link();
		}

	}

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
	void aManagerCapturesACommentInSecondsAndCustomersAnswerThroughTheirLinksOnce() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain delivery = fixtures.deliveryChain();
		DeliveryChain quality = fixtures.deliveryChain();
		FeedbackFixtures.createSurvey(fixtures.manager(), FeedbackFixtures.csatAfter(delivery.delivery()));
		Map<String, Object> servqual = new HashMap<>(FeedbackFixtures.csatAfter(quality.delivery()));
		servqual.put("name", "Service quality of " + quality.delivery().name());
		servqual.put("kind", "SERVQUAL");
		servqual.put("question", "Tell us what you expect of an excellent delivery, and how ours did.");
		String servqualId = FeedbackFixtures.createSurvey(fixtures.manager(), servqual);
		String csatLink = surveyed(delivery, "Fridge delivered");
		String servqualLink = surveyed(quality, "Cooker delivered");
		String base = "http://127.0.0.1:" + this.port;
		String manager = user(Role.MANAGER);

		// A manager captures what a customer said on the phone, in a few seconds.
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = SystemChromium.signIn(context, base, manager, PASSWORD);
			long started = System.nanoTime();
			page.navigate(base + "/feedback");
			page.getByLabel("What it is").selectOption("COMPLIMENT");
			page.getByLabel("Came by").selectOption("PHONE");
			page.getByLabel("From", new Page.GetByLabelOptions().setExact(true))
				.selectOption(delivery.customer().id().toString());
			page.getByLabel("What they said").fill("The driver carried the fridge upstairs, very kind");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("body")).containsText("Feedback saved.");
			assertThat(page.locator("main table").first())
				.containsText("The driver carried the fridge upstairs, very kind");
			org.assertj.core.api.Assertions.assertThat((System.nanoTime() - started) / 1_000_000)
				.as("capturing a comment, in milliseconds")
				.isLessThan(5_000);
		}

		// The customer answers through the links, without signing in; each works once.
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(base + csatLink);
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4").setExact(true)).check();
			page.getByLabel("What is the main reason for your score?").fill("On time, polite driver");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answer")).click();
			assertThat(page.locator("[role=status]")).containsText("Thank you: your answer was saved.");
			page.navigate(base + csatLink);
			assertThat(page.locator("main")).containsText("This survey has already been answered");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answer")))
				.hasCount(0);

			page.navigate(base + servqualLink);
			assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Responsiveness")))
				.isVisible();
			org.assertj.core.api.Assertions.assertThat(seriousViolations(page)).as("SERVQUAL form").isEmpty();
			SystemChromium.screenshot(page, "feedback-servqual-form-phone.png");
			int[] expectations = { 7, 6, 5, 6, 7 };
			int[] perceptions = { 5, 6, 6, 5, 3 };
			ServqualDimension[] dimensions = ServqualDimension.values();
			for (int i = 0; i < dimensions.length; i++) {
				pick(page, dimensions[i].expectationField(), expectations[i]);
				pick(page, dimensions[i].perceptionField(), perceptions[i]);
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answer")).click();
			assertThat(page.locator("[role=status]")).containsText("Thank you: your answer was saved.");
			page.navigate(base + servqualLink);
			assertThat(page.locator("main")).containsText("This survey has already been answered");
		}

		// The manager sees the gap per dimension, drawn, with the largest shortfall.
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true))) {
			Page page = SystemChromium.signIn(context, base, manager, PASSWORD);
			page.navigate(base + "/feedback/surveys/" + servqualId);
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator(".servqual-gaps")).containsText("Largest shortfall: Responsiveness (−4.00)");
			assertThat(page.locator(".servqual-gaps table")).containsText("Tangibles");
			// Chart.js drew the bars: the canvas has a size and no fallback text.
			assertThat(page.locator(".servqual-gaps canvas.feedback-chart")).isVisible();
			org.assertj.core.api.Assertions
				.assertThat((Boolean) page.evaluate(
						"() => !!window.Chart && !!Chart.getChart(document.querySelector('.servqual-gaps canvas'))"))
				.isTrue();
			org.assertj.core.api.Assertions.assertThat(seriousViolations(page)).as("survey results").isEmpty();
			SystemChromium.screenshot(page, "feedback-servqual-results.png");
		}
	}

	private String surveyed(DeliveryChain chain, String summary) {
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(chain, chain.customer(), summary));
		org.assertj.core.api.Assertions.assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return this.heard.linkAbout(FeedbackFixtures.resolve(agent, raised.json().get("id").asString()));
	}

	private static void pick(Page page, String field, int point) {
		page.locator("input[type=radio][name='" + field + "'][value='" + point + "']").check();
	}

	private String user(Role role) {
		String username = "fb-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		this.identity.createUserAsSystem(new NewUser(username, "Casey " + role.label(), null, PASSWORD, role, null));
		return username;
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
		try (InputStream in = FeedbackBrowserTests.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			org.assertj.core.api.Assertions.assertThat(in).as("axe-core on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
