package org.sightline.routing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.sightline.partnership.AgreementTimer;
import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks an agreement clause starts. Each is a row here and a one-time task in the persistent
 * scheduler, written in the same transaction, so a timer survives a restart; when it runs out while
 * still running, it is marked breached and goes to the supervisor queue.
 */
@Component
public class RoutingTimers {

	static final String TASK = "routing-timer";
	private static final Logger log = LoggerFactory.getLogger(RoutingTimers.class);

	private final JdbcClient jdbc;
	private final SchedulerClient scheduler;
	private final OneTimeTask<String> task;
	private final SupervisionManagement supervision;
	private final Clock clock;

	RoutingTimers(JdbcClient jdbc, SchedulerClient scheduler, OneTimeTask<String> routingTimerTask,
			SupervisionManagement supervision, Clock clock) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.task = routingTimerTask;
		this.supervision = supervision;
		this.clock = clock;
	}

	/** Starts a timer unless this decision already started it. */
	@Transactional
	public Optional<UUID> start(UUID decisionId, UUID encounterId, AgreementTimer timer, Instant startedAt) {
		UUID id = UUID.randomUUID();
		Instant due = startedAt.plusSeconds(60L * timer.minutes());
		int inserted = jdbc.sql("""
				insert into routing.timer (id, decision_id, encounter_id, code, label, started_at, due_at, status)
				values (:id, :decisionId, :encounterId, :code, :label, :startedAt, :dueAt, 'RUNNING')
				on conflict (decision_id, code) do nothing
				""")
			.param("id", id)
			.param("decisionId", decisionId)
			.param("encounterId", encounterId)
			.param("code", timer.code())
			.param("label", timer.label())
			.param("startedAt", Timestamp.from(startedAt))
			.param("dueAt", Timestamp.from(due))
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		scheduler.schedule(task.instance(id.toString(), id.toString()), due);
		return Optional.of(id);
	}

	/** The handover happened (or the detention ended) in time. */
	@Transactional
	public boolean complete(UUID timerId, String by) {
		return jdbc.sql("""
				update routing.timer set status = 'COMPLETED', completed_at = :now, completed_by = :by
				where id = :id and status = 'RUNNING'
				""")
			.param("id", timerId)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("by", by)
			.update() == 1;
	}

	public Optional<UUID> encounterOf(UUID timerId) {
		return jdbc.sql("select encounter_id from routing.timer where id = :id")
			.param("id", timerId)
			.query(UUID.class)
			.optional();
	}

	/** Run by the scheduler when a timer is due: a timer still running is breached. */
	@Transactional
	void breach(UUID timerId) {
		Optional<String[]> breached = jdbc.sql("""
				update routing.timer set status = 'BREACHED', breached_at = :now
				where id = :id and status = 'RUNNING'
				returning encounter_id::text, label, code
				""")
			.param("id", timerId)
			.param("now", Timestamp.from(Instant.now(clock)))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
		breached.ifPresent(row -> {
			log.warn("Timer {} ({}) breached", timerId, row[2]);
			supervision.raise(new SubjectRef("ROUTING_TIMER", timerId.toString(), "/encounters/" + row[0] + "#routing"),
					"TIMER_BREACHED", "Timer breached: " + row[1], "scheduler",
					Concerning.encounter(UUID.fromString(row[0]), ReviewRisk.NOT_ASSESSED));
		});
	}
}
