package org.sightline.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's delivery task on the persistent scheduler, and its retry policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
public class NotificationConfig {

	static final String TASK = "notification-outbox";

	/**
	 * One recurring task for the whole outbox, not one task per message: the outbox row is the only
	 * record of what is due, so a message cannot be lost between two tables (see ADR 0005).
	 */
	@Bean
	RecurringTask<Void> notificationOutboxTask(NotificationSettings settings, ObjectProvider<OutboxDelivery> delivery) {
		return Tasks.recurring(TASK, FixedDelay.of(settings.pollInterval()))
			.execute((instance, context) -> delivery.getObject().deliverDue());
	}

	@Bean
	RetryPolicy notificationRetryPolicy(NotificationSettings settings) {
		return new RetryPolicy(settings.retryDelays(), settings.maxAttempts());
	}
}
