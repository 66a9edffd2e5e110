package org.sightline.assessment.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.AssessmentSettings;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MaracSettings;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.RcrpThresholdPolicy;
import org.sightline.assessment.RiskTools;
import org.sightline.assessment.ThriveSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Wires the risk tools (the bundled ones, plus a force's own YAML files from
 * {@code sightline.assessment.tools-directory}) and the policies with the force's thresholds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ThriveSettings.class, AssessmentSettings.class, MaracSettings.class })
public class AssessmentConfig {

	@Bean
	RiskTools riskTools(AssessmentSettings settings) {
		return riskTools(RiskTools.bundled(), settings.toolsDirectory());
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

	/*
	 * The safeguarding policies, built once from the force's thresholds: the assessor uses them here
	 * and the routing rules use the same beans, so a threshold and its default are written once.
	 */

	@Bean
	MissingPersonRiskPolicy missingPersonRiskPolicy(AssessmentSettings settings) {
		return new MissingPersonRiskPolicy(settings.adultAge(), settings.missingPerson().youngChildAge());
	}

	@Bean
	ChildSafeguardingPolicy childSafeguardingPolicy(AssessmentSettings settings) {
		return new ChildSafeguardingPolicy(settings.adultAge(), settings.childSafeguarding().youngChildAge(),
				settings.childSafeguarding().operationEncompass());
	}

	@Bean
	AdultAtRiskPolicy adultAtRiskPolicy(AssessmentSettings settings) {
		return new AdultAtRiskPolicy(settings.adultAge());
	}

	@Bean
	MaracReferralPolicy maracReferralPolicy(MaracSettings settings) {
		return new MaracReferralPolicy(settings.escalationIncidents(), settings.escalationWindowMonths(),
				settings.repeatReferralWindowMonths(), settings.minimumAge());
	}

	@Bean
	ThriveAssessor thriveAssessor(ThriveSettings settings, RiskTools tools, MissingPersonRiskPolicy missingPerson,
			ChildSafeguardingPolicy childSafeguarding, AdultAtRiskPolicy adultAtRisk) {
		return new ThriveAssessor(settings, tools, missingPerson, childSafeguarding, adultAtRisk, new RcrpThresholdPolicy());
	}
}
