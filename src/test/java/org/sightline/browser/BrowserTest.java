package org.sightline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless Chromium per test class, against the application on its random port. */
abstract class BrowserTest {

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		playwright = BrowserSupport.playwright();
		browser = BrowserSupport.chromium(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	String base() {
		return "http://localhost:" + port;
	}
}
