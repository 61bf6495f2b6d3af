package org.servicechain.testing;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

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

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
