package org.sightline;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Module events a listener did not finish (the node died, the database was down, the listener
 * failed) are delivered again, by one node of the cluster at a time: a recurring task of the
 * persistent scheduler, which runs each due execution once across all nodes. Only events left
 * unfinished for {@code sightline.events.redeliver-after} are taken, so an event that another node is
 * handling right now is not handled twice. This replaces Spring Modulith's republishing at start-up,
 * which on a cluster would hand a starting node the events its neighbours are still working on.
 */
@Configuration(proxyBeanMethods = false)
class EventRedelivery {

	static final String TASK = "module-event-redelivery";

	@Bean
	RecurringTask<Void> moduleEventRedeliveryTask(ObjectProvider<IncompleteEventPublications> incomplete,
			ApplicationSettings settings) {
		Duration after = settings.events().redeliverAfter();
		return Tasks.recurring(TASK, FixedDelay.of(settings.events().redeliverInterval()))
			.execute((instance, context) -> incomplete.getObject().resubmitIncompletePublicationsOlderThan(after));
	}
}
