package org.sightline.assessment.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.RcrpThresholdPolicy;
import org.sightline.assessment.RiskTools;
import org.sightline.assessment.ThriveSettings;
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
public class AssessmentConfig {

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

	/*
	 * The safeguarding policies, built once from the force's thresholds: the assessor uses them here
	 * and the routing rules use the same beans, so a threshold and its default are written once.
	 */

	@Bean
	MissingPersonRiskPolicy missingPersonRiskPolicy(@Value("${sightline.assessment.adult-age:18}") int adultAge,
			@Value("${sightline.assessment.missing-person.young-child-age:12}") int youngChildAge) {
		return new MissingPersonRiskPolicy(adultAge, youngChildAge);
	}

	@Bean
	ChildSafeguardingPolicy childSafeguardingPolicy(@Value("${sightline.assessment.adult-age:18}") int adultAge,
			@Value("${sightline.assessment.child-safeguarding.young-child-age:5}") int safeguardingYoungChildAge,
			@Value("${sightline.assessment.child-safeguarding.operation-encompass:true}") boolean operationEncompass) {
		return new ChildSafeguardingPolicy(adultAge, safeguardingYoungChildAge, operationEncompass);
	}

	@Bean
	AdultAtRiskPolicy adultAtRiskPolicy(@Value("${sightline.assessment.adult-age:18}") int adultAge) {
		return new AdultAtRiskPolicy(adultAge);
	}

	@Bean
	MaracReferralPolicy maracReferralPolicy(@Value("${sightline.marac.escalation-incidents:3}") int escalationIncidents,
			@Value("${sightline.marac.escalation-window-months:12}") int escalationWindowMonths,
			@Value("${sightline.marac.repeat-referral-window-months:12}") int repeatWindowMonths,
			@Value("${sightline.marac.minimum-age:" + MaracReferralPolicy.DEFAULT_MINIMUM_AGE + "}") int maracMinimumAge) {
		return new MaracReferralPolicy(escalationIncidents, escalationWindowMonths, repeatWindowMonths, maracMinimumAge);
	}

	@Bean
	ThriveAssessor thriveAssessor(ThriveSettings settings, RiskTools tools, MissingPersonRiskPolicy missingPerson,
			ChildSafeguardingPolicy childSafeguarding, AdultAtRiskPolicy adultAtRisk) {
		return new ThriveAssessor(settings, tools, missingPerson, childSafeguarding, adultAtRisk, new RcrpThresholdPolicy());
	}
}
