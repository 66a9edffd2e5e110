package org.sightline.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.assessment.RiskTool;
import org.sightline.assessment.RiskTools;

public class AssessmentConfigTests {

	@Test
	void a_misspelt_tools_directory_stops_start_up_with_a_clear_message() {
		assertThatThrownBy(() -> AssessmentConfig.riskTools(RiskTools.bundled(), "/etc/sightline/tols"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("/etc/sightline/tols")
			.hasMessageContaining("not a directory")
			.hasMessageContaining("SIGHTLINE_ASSESSMENT_TOOLS_DIRECTORY");
	}

	@Test
	void no_tools_directory_means_the_bundled_tools_and_a_real_one_adds_the_forces_own(@TempDir Path dir) throws Exception {
		assertThat(AssessmentConfig.riskTools(RiskTools.bundled(), "").all()).extracting(RiskTool::code).containsExactly("DASH");
		Files.writeString(dir.resolve("dara.yml"), """
				code: DARA
				version: "1"
				title: "Domestic Abuse Risk Assessment"
				grading: JUDGEMENT
				questions: [ { code: FEAR, text: "Are you frightened?" } ]
				levels: [ { code: STANDARD, riskLevel: LOW }, { code: HIGH, riskLevel: HIGH } ]
				""");
		assertThat(AssessmentConfig.riskTools(RiskTools.bundled(), dir.toString()).all()).extracting(RiskTool::code)
			.containsExactly("DASH", "DARA");
	}
}
