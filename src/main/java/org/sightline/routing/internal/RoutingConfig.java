package org.sightline.routing.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.routing.RoutingPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routing rule set, with the force's thresholds. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingSettings.class)
public class RoutingConfig {

	/** The scheduler task that fires when a routing timer is due. */
	@Bean
	OneTimeTask<String> routingTimerTask(ObjectProvider<RoutingTimers> timers) {
		return Tasks.oneTime(RoutingTimers.TASK, String.class)
			.execute((instance, context) -> timers.getObject().breach(UUID.fromString(instance.getData())));
	}

	/** The routing rules, with the safeguarding policies (and so the thresholds) the assessor uses. */
	@Bean
	RoutingPolicy routingPolicy(MissingPersonRiskPolicy missingPerson, MaracReferralPolicy marac,
			ChildSafeguardingPolicy childSafeguarding, AdultAtRiskPolicy adultAtRisk) {
		return new RoutingPolicy(missingPerson, marac, childSafeguarding, adultAtRisk);
	}
}
