package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The GOV.UK error pattern, checked on a rendered page: "Error: " before the title, a summary whose
 * link goes to the field, and the message above the field in a group marked as in error. Page tests
 * use it so that every form is held to the same pattern (ADR 0010).
 */
public final class GovukFormErrors {

	private GovukFormErrors() {
	}

	/**
	 * @param fieldId the id the summary links to: the field's form path without brackets
	 * @param message the plain-English problem, or part of it
	 */
	public static void assertShownBeside(String html, String fieldId, String message) {
		Document page = Jsoup.parse(html);
		assertThat(page.title()).as("the title").startsWith("Error: ");
		Element summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary).as("the error summary").isNotNull();
		assertThat(summary.select("a[href=#" + fieldId + "]").eachText()).as("the summary's link to #" + fieldId)
			.anyMatch(text -> text.contains(message));
		assertThat(page.getElementById(fieldId)).as("the element the summary links to, #" + fieldId).isNotNull();
		Element beside = page.getElementById(fieldId + "-error");
		assertThat(beside).as("the message above the field, #" + fieldId + "-error").isNotNull();
		assertThat(beside.hasClass("govuk-error-message")).isTrue();
		assertThat(beside.text()).startsWith("Error:").contains(message);
		assertThat(beside.closest(".govuk-form-group--error")).as("the field's group marked as in error").isNotNull();
	}

	/** What was typed in a text field is on the page again. */
	public static void assertKept(String html, String fieldId, String typed) {
		Element field = Jsoup.parse(html).getElementById(fieldId);
		assertThat(field).as("#" + fieldId).isNotNull();
		assertThat(field.tagName().equals("textarea") ? field.wholeText() : field.val()).as("#" + fieldId).isEqualTo(typed);
	}
}
