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
		RiskTools bundled = RiskTools.bundled();
		if (StringUtils.hasText(directory) && Files.isDirectory(Path.of(directory))) {
			return bundled.and(RiskTools.fromDirectory(Path.of(directory)));
		}
		return bundled;
	}

	@Bean
	ThriveAssessor thriveAssessor(ThriveSettings settings, RiskTools tools,
			@Value("${sightline.assessment.adult-age:18}") int adultAge,
			@Value("${sightline.assessment.missing-person.young-child-age:12}") int youngChildAge) {
		return new ThriveAssessor(settings, tools, new MissingPersonRiskPolicy(adultAge, youngChildAge),
				new ChildSafeguardingPolicy(adultAge), new AdultAtRiskPolicy(adultAge), new RcrpThresholdPolicy());
	}
}
