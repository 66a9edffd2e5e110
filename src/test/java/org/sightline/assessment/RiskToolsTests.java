package org.sightline.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskToolsTests {

	private static final String SMALL_TOOL = """
			code: SMALL
			version: "1"
			title: Small tool
			grading: SCORE
			scoring: COUNT_YES
			levels:
			%s
			questions:
			  - { code: Q1, text: "One?" }
			  - { code: Q2, text: "Two?" }
			  - { code: Q3, text: "Three?" }
			  - { code: Q4, text: "Four?" }
			""";

	@Test
	void Sightline_ships_the_police_DASH_with_27_questions_and_three_levels() {
		RiskTool dash = RiskTools.bundled().require("DASH");

		assertThat(dash.id()).isEqualTo(new ToolVersion("DASH", "2009.1"));
		assertThat(dash.gradingMode()).isEqualTo(RiskTool.GradingMode.SCORE);
		assertThat(dash.questions()).hasSize(27);
		assertThat(dash.questions()).extracting(RiskTool.Question::text).allMatch(text -> !text.isBlank());
		assertThat(dash.levels()).extracting(RiskTool.Level::code).containsExactly("STANDARD", "MEDIUM", "HIGH");
	}

	@Test
	void DASH_bands_are_0_to_9_standard_10_to_13_medium_14_or_more_high_from_the_tool_file() {
		RiskTool dash = RiskTools.bundled().require("DASH");

		assertThat(dash.levelForScore(0).code()).isEqualTo("STANDARD");
		assertThat(dash.levelForScore(9).code()).isEqualTo("STANDARD");
		assertThat(dash.levelForScore(10).code()).isEqualTo("MEDIUM");
		assertThat(dash.levelForScore(13).code()).isEqualTo("MEDIUM");
		assertThat(dash.levelForScore(14).code()).isEqualTo("HIGH");
		assertThat(dash.levelForScore(27).code()).isEqualTo("HIGH");
	}

	@Test
	void a_DASH_standard_is_reported_as_low_risk() {
		RiskTool dash = RiskTools.bundled().require("DASH");

		assertThat(dash.level("STANDARD")).get().extracting(RiskTool.Level::riskLevel).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void the_DASH_marks_the_commonly_bolded_questions_as_high_risk_factors() {
		RiskTool dash = RiskTools.bundled().require("DASH");

		assertThat(dash.questions()).filteredOn(RiskTool.Question::highRiskFactor)
			.extracting(RiskTool.Question::code)
			.contains("CURRENT_INJURY", "SEPARATION", "STALKING_HARASSMENT", "THREATS_TO_KILL", "STRANGULATION",
					"CONTROLLING_OR_JEALOUS", "PREGNANT_OR_NEW_BABY")
			.doesNotContain("HARMED_ANIMALS", "CHILD_CONTACT_CONFLICT");
	}

	@Test
	void a_force_adds_a_tool_by_adding_a_file_without_code(@TempDir Path forceTools) throws IOException {
		Files.writeString(forceTools.resolve("dara.yml"), """
				code: DARA
				version: "force-draft-1"
				title: Domestic Abuse Risk Assessment
				source: College of Policing; the force's licensed copy
				grading: JUDGEMENT
				levels:
				  - { code: STANDARD, riskLevel: LOW }
				  - { code: MEDIUM, riskLevel: MEDIUM }
				  - { code: HIGH, riskLevel: HIGH }
				questions:
				  - { code: CONTROL, text: "Does the other person control your daily life?", indicates: [COERCIVE_CONTROL] }
				""");
		Files.writeString(forceTools.resolve("notes.txt"), "not a tool");

		RiskTools inForce = RiskTools.bundled().and(RiskTools.fromDirectory(forceTools));

		assertThat(inForce.all()).extracting(RiskTool::code).containsExactly("DASH", "DARA");
		RiskTool dara = inForce.require("DARA");
		assertThat(dara.id()).hasToString("DARA vforce-draft-1");
		assertThat(dara.gradingMode()).isEqualTo(RiskTool.GradingMode.JUDGEMENT);
		assertThat(dara.question("CONTROL")).get().extracting(RiskTool.Question::indicates)
			.isEqualTo(java.util.Set.of("COERCIVE_CONTROL"));
	}

	@Test
	void tools_packed_in_a_jar_are_found_as_well_as_plain_files(@TempDir Path dir) throws Exception {
		Path jar = dir.resolve("force-tools.jar");
		try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
			for (String folder : List.of("assessment/", "assessment/tools/")) {
				out.putNextEntry(new java.util.jar.JarEntry(folder));
				out.closeEntry();
			}
			out.putNextEntry(new java.util.jar.JarEntry("assessment/tools/judged.yml"));
			out.write("""
					code: JUDGED
					version: "1"
					title: A tool graded by judgement
					grading: JUDGEMENT
					levels: [ { code: HIGH, riskLevel: HIGH } ]
					questions: [ { code: Q1, text: "One?" } ]
					""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
		}
		try (var loader = new java.net.URLClassLoader(new java.net.URL[] { jar.toUri().toURL() }, null)) {
			assertThat(RiskTools.readClasspathDirectory(loader, RiskTools.BUNDLED_LOCATION))
				.extracting(RiskTool::code).containsExactly("JUDGED");
		}
	}

	@Test
	void a_tool_with_a_repeated_question_code_is_rejected_naming_the_code() {
		String yaml = SMALL_TOOL.formatted("  - { code: ALL, from: 0, riskLevel: LOW }")
			.replace("code: Q2", "code: Q1");

		assertThatThrownBy(() -> RiskTools.read(yaml, "small.yml")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("small.yml")
			.hasMessageContaining("repeats the question code Q1");
	}

	@Test
	void levels_with_a_gap_between_them_are_rejected() {
		String yaml = SMALL_TOOL.formatted("""
				  - { code: LOW, from: 0, to: 1, riskLevel: LOW }
				  - { code: HIGH, from: 3, riskLevel: HIGH }""");

		assertThatThrownBy(() -> RiskTools.read(yaml, "small.yml"))
			.hasMessageContaining("level HIGH starts at 3 but must start at 2 (a gap)");
	}

	@Test
	void overlapping_levels_are_rejected() {
		String yaml = SMALL_TOOL.formatted("""
				  - { code: LOW, from: 0, to: 2, riskLevel: LOW }
				  - { code: HIGH, from: 2, riskLevel: HIGH }""");

		assertThatThrownBy(() -> RiskTools.read(yaml, "small.yml"))
			.hasMessageContaining("level HIGH starts at 2 but must start at 3 (an overlap)");
	}

	@Test
	void levels_must_be_listed_lowest_first() {
		String yaml = SMALL_TOOL.formatted("""
				  - { code: HIGH, from: 0, to: 1, riskLevel: HIGH }
				  - { code: LOW, from: 2, riskLevel: LOW }""");

		assertThatThrownBy(() -> RiskTools.read(yaml, "small.yml"))
			.hasMessageContaining("levels must be listed lowest first, but LOW (LOW) follows HIGH (HIGH)");
	}

	@Test
	void levels_must_reach_the_highest_possible_score() {
		String yaml = SMALL_TOOL.formatted("""
				  - { code: LOW, from: 0, to: 1, riskLevel: LOW }
				  - { code: HIGH, from: 2, to: 3, riskLevel: HIGH }""");

		assertThatThrownBy(() -> RiskTools.read(yaml, "small.yml"))
			.hasMessageContaining("the top level HIGH ends at 3, but scores go up to 4");
	}

	@Test
	void every_problem_in_a_definition_is_reported_at_once() {
		String yaml = """
				code: bad code
				grading: GUESS
				levels:
				  - { code: LOW, riskLevel: SOMEWHAT }
				questions:
				  - { code: Q1 }
				""";

		assertThatThrownBy(() -> RiskTools.read(yaml, "bad.yml")).hasMessageContainingAll(
				"the tool code 'bad code' is not UPPER_SNAKE_CASE", "the tool has no version", "the tool has no title",
				"grading 'GUESS'", "question 1 has no text", "riskLevel 'SOMEWHAT'");
	}

	@Test
	void a_tool_graded_by_judgement_has_no_score_thresholds() {
		String yaml = SMALL_TOOL.formatted("  - { code: ALL, from: 0, riskLevel: LOW }")
			.replace("grading: SCORE", "grading: JUDGEMENT");

		assertThatThrownBy(() -> RiskTools.read(yaml, "small.yml"))
			.hasMessageContaining("level ALL has score thresholds, but the tool is graded by JUDGEMENT");
	}

	@Test
	void two_definitions_of_the_same_tool_are_rejected() {
		RiskTool dash = RiskTools.bundled().require("DASH");

		assertThatThrownBy(() -> RiskTools.of(List.of(dash, dash)))
			.hasMessageContaining("Two risk tool definitions use the code DASH");
	}
}
