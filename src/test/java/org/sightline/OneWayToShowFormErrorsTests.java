package org.sightline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * Forms show their problems one way (ADR 0010): a controller puts a list of {@code Violation} in the
 * model as {@code errors}, and templates render it through the summary and field fragments of
 * {@code fragments.html}. Spring's binding errors ({@code BindingResult} in a controller, {@code #fields}
 * or {@code th:errors} in a template) were the second way; two ways meant every change to the GOV.UK
 * error pattern had to be made twice, and pages drifted apart.
 */
class OneWayToShowFormErrorsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Thymeleaf's readers of Spring's binding errors. */
	private static final Pattern BINDING_ERRORS = Pattern.compile("#fields\\.|th:errors|th:errorclass");

	static final ArchRule NO_BINDING_RESULT = noClasses().should().dependOnClassesThat().areAssignableTo(Errors.class)
		.because("a controller reports problems as a list of Violation in the model attribute \"errors\" (ADR 0010)");

	@Test
	void no_production_class_takes_or_fills_a_binding_result() {
		JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sightline");
		assertThat(production.contain("org.sightline.encounter.internal.EncounterController"))
			.as("the controllers were imported").isTrue();
		NO_BINDING_RESULT.check(production);
	}

	@Test
	void the_rule_catches_a_controller_that_takes_a_binding_result() {
		JavaClasses binding = new ClassFileImporter().importClasses(BindingController.class);
		assertThat(NO_BINDING_RESULT.evaluate(binding).hasViolation()).isTrue();
	}

	@Test
	void no_template_reads_spring_binding_errors() throws IOException {
		Map<String, Integer> templates = readers(BINDING_ERRORS);
		assertThat(templates).as("templates read").isNotEmpty();
		assertThat(templates.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList())
			.as("render form errors with fragments :: violationSummary and fieldError instead").isEmpty();
	}

	/**
	 * Pages that still draw the GOV.UK error markup themselves, and why. A new page is not on this list:
	 * it shows its problems through the fragments.
	 */
	static final Map<String, String> OWN_ERROR_MARKUP = Map.of(
			"fragments.html", "the shared summary and field fragments",
			"identity/sign-in.html", "a failed sign-in, from Spring Security's request parameters, not a form's problems",
			"identity/single-sign-on.html", "a failed single sign-on, from request parameters",
			"audit/verify.html", "the audit chain check's result, not a form's problems",
			"demand/print.html", "the print view has no fields: its summary links back to the dashboard",
			"routing/section.html", "still to convert: a section of the encounter page, its problems flashed after a redirect",
			"referral/fragments.html", "still to convert: the referral steps on the encounter page, flashed after a redirect",
			"routing/simulation.html", "still to convert: its field messages come from a map by field, and dates link to the day box");

	/** Either part of the pattern: the summary, or the message above a field. */
	private static final Pattern OWN_MARKUP = Pattern.compile("class=\"govuk-error-(summary|message)\"");

	@Test
	void no_other_template_draws_the_error_summary_or_a_field_message_itself() throws IOException {
		Map<String, Integer> templates = readers(OWN_MARKUP);
		assertThat(templates).as("templates read").containsKeys("fragments.html", "person/search.html");
		assertThat(templates.get("fragments.html")).as("the fragments draw both").isEqualTo(2);
		assertThat(templates.entrySet().stream()
			.filter(e -> e.getValue() > 0 && !OWN_ERROR_MARKUP.containsKey(e.getKey().replace('\\', '/')))
			.map(Map.Entry::getKey)
			.toList()).as("render form errors with fragments :: violationSummary and fieldError instead").isEmpty();
	}

	@Test
	void the_pages_that_used_binding_errors_render_them_through_the_shared_fragments() throws IOException {
		for (String page : List.of("person/search.html", "chronology/reason.html", "assessment/new.html",
				"encounter/new.html", "partnership/agency.html", "partnership/agreement-import.html",
				"partnership/agreement-edit.html")) {
			String html = Files.readString(TEMPLATES.resolve(page), StandardCharsets.UTF_8);
			assertThat(html).as(page).contains("fragments :: violationSummary(${errors})").doesNotContain("govuk-error-summary\"");
		}
		for (String page : List.of("person/search.html", "chronology/reason.html", "assessment/new.html",
				"encounter/new.html", "partnership/agency.html", "partnership/yaml-fields.html")) {
			String html = Files.readString(TEMPLATES.resolve(page), StandardCharsets.UTF_8);
			assertThat(html).as(page).contains("fragments :: fieldError(${errors}, ")
				.doesNotContain("class=\"govuk-error-message\"");
		}
	}

	/** How many times each template matches; every template is listed, matched or not. */
	private static Map<String, Integer> readers(Pattern pattern) throws IOException {
		Map<String, Integer> found = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
				int count = 0;
				while (m.find()) {
					count++;
				}
				found.put(TEMPLATES.relativize(file).toString(), count);
			}
		}
		return found;
	}

	/** The second way, as it looked: what the rule above must reject. */
	static class BindingController {

		String save(Object form, BindingResult binding) {
			binding.reject("invalid", "Something is wrong");
			return "page";
		}
	}
}
