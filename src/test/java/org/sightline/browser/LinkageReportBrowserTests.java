package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.person.linkage.LinkageCli;

/**
 * The HTML report of a batch linkage run, opened as a file in a browser the way a data team
 * opens it: its heading, m and u table and histogram show, it asks for nothing over the network,
 * and it meets WCAG 2.1 AA by axe at desktop and phone width. No application runs, so this does
 * not extend {@link BrowserTest}.
 */
class LinkageReportBrowserTests {

	@TempDir
	Path dir;

	@Test
	void the_linkage_report_opens_in_a_browser_shows_its_table_and_histogram_and_is_accessible() {
		Path report = dir.resolve("report.html");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = LinkageCli.run(new String[] { "link", "--input", "src/test/resources/linkage/febrl_dataset1.csv",
				"--output", dir.resolve("clusters.csv").toString(), "--report", report.toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

		try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.chromium(playwright);
				BrowserContext context = browser.newContext(new Browser.NewContextOptions()
						.setViewportSize(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.DESKTOP_HEIGHT))) {
			Page page = context.newPage();
			String url = report.toUri().toString();
			List<String> fetched = new ArrayList<>();
			page.onRequest(request -> {
				if (!request.url().equals(url)) {
					fetched.add(request.url());
				}
			});

			page.navigate(url);

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Person linkage report")))
					.isVisible();
			assertThat(page.locator("table#parameters")).isVisible();
			assertThat(page.locator("table#parameters caption")).hasText("m and u probabilities by field and level");
			assertThat(page.locator("table#parameters tbody tr").first()).isVisible();
			assertThat(page.locator("svg#histogram")).isVisible();
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
					java.util.regex.Pattern.compile("^Candidate pairs by match weight")))).isVisible();
			assertThat(page.locator("svg#histogram rect").first()).isVisible();
			Object barHeight = page
					.evaluate("() => document.querySelector('svg#histogram rect').getBoundingClientRect().height");
			assertThat(((Number) barHeight).doubleValue()).isGreaterThan(0);
			BrowserSupport.assertAccessible(page);

			// at phone width too: nothing scrolls sideways but the tables' own boxes, and axe finds nothing
			BrowserSupport.screenshotLastPage(page, "linkage-report");
			assertThat(fetched).as("requests the report made").isEmpty();
		}
	}
}
