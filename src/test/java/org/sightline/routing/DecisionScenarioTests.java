package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.RiskTools;
import org.sightline.encounter.Catalogues;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario corpus ({@code src/test/resources/routing/scenarios/*.yml}): cases written from the
 * public guidance, each with its source and the outcome, risk, grade, referrals and actions the
 * guidance implies. Each is run through the routing preview's own request parsing and rule set
 * under the national agreement, and the table of scenario, expected and actual is generated into
 * {@code docs/decision-scenarios.md}. The test fails when a scenario fails, and when the document
 * is not the one the corpus generates today (regenerate it with
 * {@code mvn -Dtest=DecisionScenarioTests -Dscenarios.write=true surefire:test}).
 */
class DecisionScenarioTests {

	static final Path CORPUS = Path.of("src/test/resources/routing/scenarios");
	static final Path DOCUMENT = Path.of("docs/decision-scenarios.md");
	static final PartnershipAgreement NATIONAL = AgreementYaml.nationalRcrp();

	final RoutingPolicy policy = RoutingPolicy.withDefaults();
	final RoutingPreview preview = new RoutingPreview(policy, null, RiskTools.bundled(), Catalogues.bundled(), null);
	final JsonMapper json = JsonMapper.builder().build();

	record Scenario(String file, String id, String title, String source, Map<String, Object> request,
			Map<String, Object> expect, String ambiguity) {
	}

	record Result(Scenario scenario, RoutingRecommendation actual, List<String> failures) {
	}

	@Test
	void every_scenario_from_the_guidance_gets_the_answer_the_guidance_implies() throws IOException {
		List<Scenario> scenarios = load();
		assertThat(scenarios).as("at least 150 scenarios from the public guidance").hasSizeGreaterThanOrEqualTo(150);
		assertThat(scenarios.stream().map(Scenario::id).distinct()).as("unique ids").hasSize(scenarios.size());

		List<Result> results = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			RoutingPreview.Request request = json.convertValue(scenario.request(), RoutingPreview.Request.class);
			RoutingRecommendation actual = policy.route(preview.toCase(request), NATIONAL);
			results.add(new Result(scenario, actual, check(scenario.expect(), actual)));
		}

		String document = DecisionScenarioDocument.render(results);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/decision-scenarios.md"), document);
		if (Boolean.getBoolean("scenarios.write")) {
			Files.writeString(DOCUMENT, document);
		}

		List<String> failed = results.stream()
			.filter(r -> !r.failures().isEmpty())
			.map(r -> r.scenario().id() + " (" + r.scenario().title() + "): " + String.join("; ", r.failures()))
			.toList();
		assertThat(failed).as("scenarios whose answer differs from the guidance").isEmpty();
		assertThat(Files.readString(DOCUMENT)).as(DOCUMENT + " is generated from the corpus: regenerate it with "
				+ "-Dscenarios.write=true").isEqualTo(document);
	}

	/** What differs from the expectation, in words; empty when the answer is what the guidance implies. */
	static List<String> check(Map<String, Object> expect, RoutingRecommendation actual) {
		List<String> failures = new ArrayList<>();
		Object outcome = expect.get("outcome");
		List<String> outcomes = outcome instanceof List<?> list ? list.stream().map(String::valueOf).toList()
				: List.of(String.valueOf(outcome));
		if (!outcomes.contains(actual.outcome().name())) {
			failures.add("outcome " + actual.outcome() + ", expected " + String.join(" or ", outcomes));
		}
		if (expect.containsKey("primaryAgency")) {
			String primary = actual.primaryAgency().map(Enum::name).orElse("NONE");
			if (!primary.equals(expect.get("primaryAgency"))) {
				failures.add("primary agency " + primary + ", expected " + expect.get("primaryAgency"));
			}
		}
		if (expect.containsKey("riskLevel") && !actual.riskLevel().name().equals(expect.get("riskLevel"))) {
			failures.add("risk " + actual.riskLevel() + ", expected " + expect.get("riskLevel"));
		}
		if (expect.containsKey("riskAtLeast")
				&& actual.riskLevel().compareTo(RiskLevel.valueOf((String) expect.get("riskAtLeast"))) < 0) {
			failures.add("risk " + actual.riskLevel() + ", expected at least " + expect.get("riskAtLeast"));
		}
		if (expect.containsKey("grade") && !actual.grade().name().equals(expect.get("grade"))) {
			failures.add("grade " + actual.grade() + ", expected " + expect.get("grade"));
		}
		if (expect.containsKey("gradeAtLeast") && urgency(actual.grade()) < urgency(
				ResponseGrade.valueOf((String) expect.get("gradeAtLeast")))) {
			failures.add("grade " + actual.grade() + ", expected at least " + expect.get("gradeAtLeast"));
		}
		for (String referral : codes(expect.get("referrals"))) {
			if (actual.referrals().stream().noneMatch(r -> r.name().equals(referral))) {
				failures.add("no referral to " + referral);
			}
		}
		for (String referral : codes(expect.get("notReferrals"))) {
			boolean involved = actual.referrals().stream().anyMatch(r -> r.name().equals(referral))
					|| actual.primaryAgency().filter(a -> a.name().equals(referral)).isPresent()
					|| actual.supportingAgencies().stream().anyMatch(a -> a.name().equals(referral));
			if (involved) {
				failures.add(referral + " involved, expected not");
			}
		}
		for (String referral : codes(expect.get("notReferredTo"))) {
			if (actual.referrals().stream().anyMatch(r -> r.name().equals(referral))) {
				failures.add("referred to " + referral + ", expected not");
			}
		}
		for (String action : codes(expect.get("actions"))) {
			if (actual.actions().stream().noneMatch(a -> a.name().equals(action))) {
				failures.add("no action " + action);
			}
		}
		for (String action : codes(expect.get("notActions"))) {
			if (actual.actions().stream().anyMatch(a -> a.name().equals(action))) {
				failures.add("action " + action + ", expected not");
			}
		}
		return failures;
	}

	static int urgency(ResponseGrade grade) {
		return RoutingPropertiesTests.urgency(grade);
	}

	static List<String> codes(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	static List<Scenario> load() throws IOException {
		List<Scenario> scenarios = new ArrayList<>();
		try (Stream<Path> files = Files.list(CORPUS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted(Comparator.naturalOrder()).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					List<Map<String, Object>> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(
							new String(in.readAllBytes(), StandardCharsets.UTF_8));
					for (Map<String, Object> item : items) {
						scenarios.add(new Scenario(file.getFileName().toString(), (String) item.get("id"),
								(String) item.get("title"), (String) item.get("source"),
								(Map<String, Object>) item.get("request"), new LinkedHashMap<>((Map<String, Object>) item.get("expect")),
								Optional.ofNullable(item.get("ambiguity")).map(String::valueOf).orElse(null)));
					}
				}
			}
		}
		return scenarios;
	}
}
