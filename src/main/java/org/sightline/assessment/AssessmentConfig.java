package org.sightline.assessment;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Wires the risk tools (the bundled ones, plus a force's own YAML files from
 * {@code sightline.assessment.tools-directory}) and the policies with the force's thresholds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThriveSettings.class)
class AssessmentConfig {

	@Bean
	RiskTools riskTools(@Value("${sightline.assessment.tools-directory:}") String directory) {
		return riskTools(RiskTools.bundled(), directory);
	}

	/**
	 * The bundled tools plus a force's own. A directory that is set but missing (a typo, an unmounted
	 * volume) stops start-up: silently running without the force's tools would be worse.
	 */
	static RiskTools riskTools(RiskTools bundled, String directory) {
		if (!StringUtils.hasText(directory)) {
			return bundled;
		}
		Path path = Path.of(directory);
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("sightline.assessment.tools-directory is " + path.toAbsolutePath()
					+ ", which is not a directory: correct the setting (SIGHTLINE_ASSESSMENT_TOOLS_DIRECTORY), or unset it "
					+ "to use only the bundled tools");
		}
		return bundled.and(RiskTools.fromDirectory(path));
	}

	@Bean
	ThriveAssessor thriveAssessor(ThriveSettings settings, RiskTools tools,
			@Value("${sightline.assessment.adult-age:18}") int adultAge,
			@Value("${sightline.assessment.missing-person.young-child-age:12}") int youngChildAge,
			@Value("${sightline.assessment.child-safeguarding.young-child-age:5}") int safeguardingYoungChildAge,
			@Value("${sightline.assessment.child-safeguarding.operation-encompass:true}") boolean operationEncompass) {
		return new ThriveAssessor(settings, tools, new MissingPersonRiskPolicy(adultAge, youngChildAge),
				new ChildSafeguardingPolicy(adultAge, safeguardingYoungChildAge, operationEncompass),
				new AdultAtRiskPolicy(adultAge), new RcrpThresholdPolicy());
	}
}
