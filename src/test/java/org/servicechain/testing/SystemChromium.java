package org.servicechain.testing;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * The machine's own Chromium ({@code /usr/bin/chromium}, or
 * {@code -Dservicechain.chromium=...}) driven by Playwright for the browser tests.
 * Playwright is told never to download a browser of its own; the flags keep Chromium from
 * reaching out to the network at start.
 */
public final class SystemChromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private SystemChromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static SystemChromium launch() {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Paths.get(System.getProperty("servicechain.chromium", "/usr/bin/chromium")))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
		return new SystemChromium(playwright, browser);
	}

	/**
	 * Signs in through the sign-in form in a new page of the context.
	 * @return the page, on wherever the sign-in led
	 */
	public static Page signIn(BrowserContext context, String base, String username, String password) {
		Page page = context.newPage();
		page.navigate(base + "/login");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForLoadState();
		return page;
	}

	/**
	 * A full-page screenshot under {@code target/screenshots}, to look at after a run.
	 */
	public static void screenshot(Page page, String file) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", file)).setFullPage(true));
	}

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
