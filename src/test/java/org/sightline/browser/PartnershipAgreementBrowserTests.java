package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sightline.partnership.AgreementBuilder;
import org.sightline.partnership.PartnershipPublishingIntegrationTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * An administrator on a phone imports a draft agreement, sees what stops it being published,
 * fixes it and puts it in force. Runs on the publishing tests' own database, so that no other
 * test finds a different agreement in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = PartnershipPublishingIntegrationTests.OWN_DATABASE)
@AutoConfigureMockMvc
class PartnershipAgreementBrowserTests extends BrowserTest {

	static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	@Test
	void an_administrator_imports_a_draft_fixes_what_stops_it_and_a_second_administrator_publishes_it() {
		String base = base();
		String version = "phone-" + UUID.randomUUID().toString().substring(0, 8);
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "admin");

			page.navigate(base + "/partnership/agreements");
			BrowserSupport.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, named("Import a draft")).click();
			assertThat(page.locator("h1")).hasText("Import a draft agreement");

			page.getByLabel("Agreement YAML").fill("id: anytown\nversion: [unclosed");
			page.getByRole(AriaRole.BUTTON, named("Import draft")).click();
			assertThat(page.locator(".govuk-error-summary")).containsText("This is not valid YAML");
			assertThat(page.getByLabel("Agreement YAML")).hasValue("id: anytown\nversion: [unclosed");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			page.getByLabel("Agreement YAML")
				.fill(AgreementBuilder.nationalYamlAs(version, "primary: CHILDRENS_SOCIAL_CARE\n", "primary: NONE\n"));
			page.getByRole(AriaRole.BUTTON, named("Import draft")).click();
			assertThat(page.locator(".govuk-notification-banner")).containsText("Draft national-rcrp " + version + " imported");
			assertThat(page.locator("#problems")).containsText("Clause ‘child’ (CHILD_CONCERN) has primary NONE");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, named("Edit the YAML")).click();
			page.getByLabel("Agreement YAML").fill(AgreementBuilder.nationalYamlAs(version,
					"whenAnyFact: [MISSED_APPOINTMENT]", "whenAnyFact: [MISSED_APPOINTMENT, NOT_ANSWERING_DOOR]"));
			BrowserSupport.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, named("Save draft")).click();
			assertThat(page.locator("#problems")).hasCount(0);

			page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
			assertThat(page.locator("#status")).containsText("In review");
			page.getByRole(AriaRole.BUTTON, named("Publish")).click();
			assertThat(page.locator("h1")).hasText("Review and publish this agreement");
			assertThat(page.locator("#four-eyes")).containsText("another administrator must review and publish it");
			assertThat(page.getByRole(AriaRole.BUTTON, named("Publish"))).hasCount(0);
		}
		// four eyes: a second administrator reviews the comparison and publishes
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "admin2");
			page.navigate(base + "/partnership/agreements/national-rcrp/" + version + "/publish");
			assertThat(page.locator("h1")).hasText("Review and publish this agreement");
			assertThat(page.locator("#comparison")).containsText("welfare-missed-appointment");
			assertThat(page.locator("#comparison")).containsText("MISSED_APPOINTMENT, NOT_ANSWERING_DOOR");
			BrowserSupport.assertAccessible(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			page.getByRole(AriaRole.BUTTON, named("Publish")).click();

			assertThat(page.locator(".govuk-notification-banner")).containsText("is now in force");
			assertThat(page.locator("#status")).containsText("In force");
			BrowserSupport.assertGovukFrontendStarted(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
		}
	}
}
