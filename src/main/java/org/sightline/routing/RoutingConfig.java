package org.sightline.routing;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routing rule set, with the force's thresholds. */
@Configuration(proxyBeanMethods = false)
class RoutingConfig {

	@Bean
	RoutingPolicy routingPolicy(@Value("${sightline.assessment.adult-age:18}") int adultAge,
			@Value("${sightline.assessment.missing-person.young-child-age:12}") int youngChildAge,
			@Value("${sightline.marac.escalation-incidents:3}") int escalationIncidents,
			@Value("${sightline.marac.escalation-window-months:12}") int escalationWindowMonths,
			@Value("${sightline.marac.repeat-referral-window-months:12}") int repeatWindowMonths) {
		return new RoutingPolicy(new RiskAndSafeguardingPolicy(new MissingPersonRiskPolicy(adultAge, youngChildAge),
				new MaracReferralPolicy(escalationIncidents, escalationWindowMonths, repeatWindowMonths),
				new ChildSafeguardingPolicy(adultAge), new AdultAtRiskPolicy(adultAge), adultAge), adultAge);
	}
}
