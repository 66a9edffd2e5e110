package org.sightline.routing;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routing rule set, with the force's thresholds. */
@Configuration(proxyBeanMethods = false)
class RoutingConfig {

	/** The scheduler task that fires when a routing timer is due. */
	@Bean
	OneTimeTask<String> routingTimerTask(ObjectProvider<RoutingTimers> timers) {
		return Tasks.oneTime(RoutingTimers.TASK, String.class)
			.execute((instance, context) -> timers.getObject().breach(UUID.fromString(instance.getData())));
	}

	@Bean
	RoutingPolicy routingPolicy(@Value("${sightline.assessment.adult-age:18}") int adultAge,
			@Value("${sightline.assessment.missing-person.young-child-age:12}") int youngChildAge,
			@Value("${sightline.assessment.child-safeguarding.young-child-age:5}") int safeguardingYoungChildAge,
			@Value("${sightline.assessment.child-safeguarding.operation-encompass:true}") boolean operationEncompass,
			@Value("${sightline.marac.escalation-incidents:3}") int escalationIncidents,
			@Value("${sightline.marac.escalation-window-months:12}") int escalationWindowMonths,
			@Value("${sightline.marac.repeat-referral-window-months:12}") int repeatWindowMonths,
			@Value("${sightline.marac.minimum-age:16}") int maracMinimumAge) {
		return new RoutingPolicy(new MissingPersonRiskPolicy(adultAge, youngChildAge),
				new MaracReferralPolicy(escalationIncidents, escalationWindowMonths, repeatWindowMonths, maracMinimumAge),
				new ChildSafeguardingPolicy(adultAge, safeguardingYoungChildAge, operationEncompass),
				new AdultAtRiskPolicy(adultAge));
	}
}
