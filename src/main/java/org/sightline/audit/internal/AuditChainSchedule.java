package org.sightline.audit.internal;

import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.sightline.audit.AuditChain;
import org.sightline.audit.AuditChainBroken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Once a day, on one node of the cluster (the persistent scheduler): anchor the chain's head (to the
 * database and the application log) and verify the whole chain; a broken chain is published as
 * {@link AuditChainBroken}, which puts it in front of a supervisor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
public class AuditChainSchedule {

	static final String TASK = "audit-chain-verify";
	private static final Logger log = LoggerFactory.getLogger(AuditChainSchedule.class);

	@Bean
	RecurringTask<Void> auditChainVerifyTask(ObjectProvider<AuditChain> chain, ObjectProvider<ApplicationEventPublisher> events,
			AuditSettings settings, ZoneId displayZone) {
		return Tasks.recurring(TASK, Schedules.daily(displayZone, settings.verifyAt()))
			.execute((instance, context) -> verifyAndAnchor(chain.getObject(), events.getObject()));
	}

	public static AuditChain.Verification verifyAndAnchor(AuditChain chain, ApplicationEventPublisher events) {
		AuditChain.Verification result = chain.verify();
		if (result.intact()) {
			chain.anchor();
			log.info("Audit chain verified: {} entries, head at position {}", result.entriesChecked(), result.headPosition());
		}
		else {
			AuditChain.Finding first = result.first().orElseThrow();
			log.error("Audit chain BROKEN: {} problem(s); first: {}", result.findings().size(), first.what());
			events.publishEvent(new AuditChainBroken(first.position(), first.what(), result.findings().size(),
					result.verifiedAt()));
		}
		return result;
	}
}
