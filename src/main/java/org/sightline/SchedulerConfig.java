package org.sightline;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The persistent scheduler (db-scheduler, wired by hand: its Boot starter does not work on Boot 4).
 * Modules contribute one-time {@link Task} beans; scheduling joins the caller's transaction, so a
 * timer is scheduled exactly when the change that starts it commits. A {@link RecurringTask} bean is
 * started with the scheduler (db-scheduler refuses one passed both as known and as a start task).
 * It starts once Flyway has run.
 *
 * <p>A node that dies (kill -9, a lost machine) leaves the executions it had picked marked as its own,
 * the notification outbox's recurring delivery among them; no other node and no restart runs them
 * until they are found dead: after {@code missed-heartbeats} heartbeats that did not come.
 * db-scheduler's defaults (a heartbeat every 5 minutes) held the outbox for half an hour after a crash;
 * these are seconds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplicationSettings.class)
class SchedulerConfig {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, ApplicationSettings settings) {
		List<Task<?>> oneTime = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
		List<RecurringTask<?>> recurring = tasks.stream()
			.filter(task -> task instanceof RecurringTask<?>)
			.<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
			.toList();
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
			.startTasks(recurring)
			.pollingInterval(settings.scheduler().pollingInterval())
			.heartbeatInterval(settings.scheduler().heartbeatInterval())
			.missedHeartbeatsLimit(settings.scheduler().missedHeartbeats())
			.threads(2)
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(Scheduler.class).start();
	}
}
