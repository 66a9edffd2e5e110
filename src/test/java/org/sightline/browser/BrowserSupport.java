package org.sightline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright, offline: Playwright must not download a browser
 * of its own. Missing Chromium is a failure, not a skip: CI installs it.
 */
public final class BrowserSupport {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	/** A small phone's screen in CSS pixels (the narrowest width the journeys are proved at). */
	public static final int PHONE_WIDTH = 375;
	public static final int PHONE_HEIGHT = 812;

	/** A desktop screen in CSS pixels. */
	public static final int DESKTOP_WIDTH = 1280;
	public static final int DESKTOP_HEIGHT = 800;

	/** An internal code (POLICE_PRIMARY, CHILDRENS_SOCIAL_CARE) that a person must never see. */
	public static final java.util.regex.Pattern INTERNAL_CODE = java.util.regex.Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"
			// the one-word codes of risk levels, grades, statuses and agencies, in capitals
			+ "|\\b(?:HIGH|MEDIUM|LOW|EMERGENCY|PRIORITY|SCHEDULED|DRAFT|SENT|ACKNOWLEDGED|ACCEPTED|DECLINED|CLOSED"
			+ "|REVOKED|POLICE|AMBULANCE|EDUCATION|INITIAL|STANDARD|GIVEN|REFUSED)\\b");

	/** Where journey tests leave screenshots of their last page. */
	public static final Path JOURNEYS = Path.of("target", "journeys");

	private BrowserSupport() {
	}

	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser chromium(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	public static Browser.NewContextOptions phone() {
		return new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
			.setDeviceScaleFactor(3)
			.setIsMobile(true)
			.setHasTouch(true);
	}

	public static void signIn(Page page, String baseUrl, String username) {
		page.navigate(baseUrl + "/sign-in");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill("demo-password");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(baseUrl + "/");
	}

	/** GOV.UK Frontend's JavaScript ran (it is loaded as a module, under the content security policy). */
	public static void assertGovukFrontendStarted(Page page) {
		page.waitForFunction("() => document.body.classList.contains('govuk-frontend-supported')");
		// the menu button appears once GOV.UK Frontend's service navigation has started: wait for it
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".govuk-service-navigation__toggle"))
			.isVisible();
	}

	/** The page fits the screen: nothing makes the reader scroll sideways. */
	public static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		if (((Number) overflow).intValue() > 0) {
			// name the widest elements that stick out, outside any box that scrolls on its own
			Object culprits = page.evaluate("""
					() => Array.from(document.querySelectorAll('body *'))
					  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.sl-scroll'))
					  .slice(-5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
					       + ' right=' + Math.round(e.getBoundingClientRect().right))""");
			assertThat(((Number) overflow).intValue()).as("sideways overflow in px on " + page.url() + ": " + culprits)
				.isLessThanOrEqualTo(0);
		}
	}

	/** Runs axe-core's WCAG 2.x A and AA rules on the page and fails on any violation. */
	public static void assertAccessible(Page page) {
		// a heading can be visible while the rest of a long page is still arriving: check the whole page
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		page.evaluate(axeSource());
		Object violations = page.evaluate("""
				async () => {
				  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				  return result.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')');
				}
				""");
		assertThat((List<?>) violations).as("WCAG violations on " + page.url()).isEmpty();
	}

	private static String axeSource() {
		String path = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
		try (InputStream in = BrowserSupport.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core not on the test classpath: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The page speaks plain words: no internal code anywhere in its main content. */
	public static void assertPlainWords(Page page) {
		String text = page.locator("main").innerText();
		java.util.regex.Matcher code = INTERNAL_CODE.matcher(text);
		assertThat(code.find() ? code.group() : null).as("internal code shown on " + page.url()).isNull();
	}

	/** Every page a journey visits: no WCAG violation, no internal code. */
	public static void assertWellMade(Page page) {
		assertAccessible(page);
		assertPlainWords(page);
	}

	/**
	 * Writes full-page screenshots of the journey's last page at desktop and phone width to
	 * {@code target/journeys/<journey>-desktop.png} and {@code -phone.png}, checking it at both.
	 */
	public static void screenshotLastPage(Page page, String journey) {
		var before = page.viewportSize();
		try {
			java.nio.file.Files.createDirectories(JOURNEYS);
			page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(JOURNEYS.resolve(journey + "-desktop.png")));
			page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
			assertNoSidewaysScrolling(page);
			assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(JOURNEYS.resolve(journey + "-phone.png")));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (before != null) {
				page.setViewportSize(before.width, before.height);
			}
		}
	}
}
