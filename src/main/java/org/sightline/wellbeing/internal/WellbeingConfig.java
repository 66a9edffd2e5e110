package org.sightline.wellbeing.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.wellbeing.WellbeingRecords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Binds the wellbeing module's settings, and once a day, on one node (the persistent scheduler),
 * deletes exposures older than {@code sightline.wellbeing.keep-months}: special-category data is
 * kept no longer than it helps anyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WellbeingSettings.class)
public class WellbeingConfig {

	static final String TASK = "wellbeing-retention";

	@Bean
	RecurringTask<Void> wellbeingRetentionTask(ObjectProvider<WellbeingStore> store, ObjectProvider<AuditTrail> audit,
			ObjectProvider<TransactionTemplate> transactions, WellbeingSettings settings, Clock clock, ZoneId displayZone) {
		return Tasks.recurring(TASK, Schedules.daily(displayZone, LocalTime.of(3, 40)))
			.execute((instance, context) -> transactions.getObject()
				.executeWithoutResult(status -> deleteOld(store.getObject(), audit.getObject(), settings, clock, displayZone)));
	}

	/** Deletes what is past its keeping, and says how much in the audit log. */
	static int deleteOld(WellbeingStore store, AuditTrail audit, WellbeingSettings settings, Clock clock, ZoneId zone) {
		var before = ZonedDateTime.now(clock.withZone(zone)).minusMonths(settings.keepMonths()).toInstant();
		int deleted = store.deleteBefore(before);
		if (deleted > 0) {
			audit.record(ExposureListener.SYSTEM, AuditAction.ERASURE, WellbeingRecords.AUDIT_SUBJECT, "retention",
					WellbeingRecords.SPECIAL_CATEGORY + "exposures past sightline.wellbeing.keep-months deleted",
					"deleted=" + deleted + "; before=" + before);
		}
		return deleted;
	}
}
