package org.sightline.demand;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sightline.assessment.AssessmentDemandFacts;
import org.sightline.chronology.TriggerDemandFacts;
import org.sightline.demand.internal.AgeBand;
import org.sightline.demand.internal.DemandProjector;
import org.sightline.demand.internal.Strands;
import org.sightline.encounter.EncounterDemandFacts;
import org.sightline.person.PersonDemandFacts;
import org.sightline.referral.ReferralDemandFacts;
import org.sightline.routing.RoutingDemandFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the demand read model from scratch from the operational records (each module's own
 * facts), in one transaction: after bulk loading, after changing the strands, or to prove the read
 * model matches the records. Streams and writes with COPY, so millions of encounters take minutes,
 * not hours. Running applications reload their figures when they see the new generation.
 */
@Component
public class DemandRebuild {

	/** Told how far the rebuild has got. */
	public interface Progress {

		Progress NONE = (stage, done) -> {
		};

		void update(String stage, long done);
	}

	private static final Logger log = LoggerFactory.getLogger(DemandRebuild.class);

	private static final int FLUSH_ROWS = 20_000;

	private final EncounterDemandFacts encounters;
	private final PersonDemandFacts people;
	private final AssessmentDemandFacts assessments;
	private final RoutingDemandFacts routing;
	private final ReferralDemandFacts referrals;
	private final TriggerDemandFacts triggers;
	private final Strands strands;
	private final JdbcClient jdbc;
	private final DataSource dataSource;

	DemandRebuild(EncounterDemandFacts encounters, PersonDemandFacts people, AssessmentDemandFacts assessments,
			RoutingDemandFacts routing, ReferralDemandFacts referrals, TriggerDemandFacts triggers, Strands strands,
			JdbcClient jdbc, DataSource dataSource) {
		this.encounters = encounters;
		this.people = people;
		this.assessments = assessments;
		this.routing = routing;
		this.referrals = referrals;
		this.triggers = triggers;
		this.strands = strands;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Rebuilds everything; returns the number of encounters projected. */
	@Transactional
	public synchronized long run(Progress progress) {
		long started = System.nanoTime();
		seq = 0;
		seqLimit = 0;
		jdbc.sql("select pg_advisory_xact_lock(hashtext('sightline.demand.projection'))").query(Object.class).single();
		jdbc.sql("lock table demand.encounter_demand, demand.referral_demand, demand.removed in exclusive mode").update();
		jdbc.sql("truncate demand.encounter_demand, demand.referral_demand, demand.removed").update();

		Map<UUID, UUID> personOf = new HashMap<>();
		people.forEach((source, person) -> {
			personOf.put(source, person);
			if (personOf.size() % 100_000 == 0) {
				progress.update("people linked", personOf.size());
			}
		});
		Map<UUID, AssessmentDemandFacts.Facts> assessed = new HashMap<>();
		assessments.forEach(a -> assessed.put(a.encounterId(), a));
		progress.update("assessments read", assessed.size());
		Map<UUID, RoutingDemandFacts.Facts> routed = new HashMap<>();
		routing.forEach(r -> routed.put(r.encounterId(), r));
		progress.update("routing decisions read", routed.size());
		Map<UUID, List<String>> fired = new HashMap<>();
		triggers.forEach((encounter, rule) -> fired.computeIfAbsent(encounter, k -> new java.util.ArrayList<>()).add(rule));

		Copy rows = new Copy("""
				copy demand.encounter_demand (encounter_id, occurred_at, area, situation, source, location_key,
				    subject_person_id, age_band, sex, ethnicity, strands, grade, risk, outcome, lead_agency, agreement,
				    overridden, override_review, caller_informed, officer_minutes, handover_minutes, triggers, change_seq)
				from stdin with (format csv)""");
		long[] count = { 0 };
		encounters.forEach(e -> {
			var a = assessed.get(e.encounterId());
			var r = routed.get(e.encounterId());
			UUID person = e.subjectSourceId() == null ? null : personOf.get(e.subjectSourceId());
			List<String> rules = fired.getOrDefault(e.encounterId(), List.of()).stream().distinct().sorted().toList();
			rows.row(e.encounterId(), e.occurredAt(), e.area(), e.situation().name(), e.source(), e.locationKey(), person,
					AgeBand.of(e.subjectAgeYears()).name(), e.subjectSex(), e.subjectEthnicity(),
					DemandProjector.array(strands.of(e.situation(), e.vulnerabilities())),
					a == null ? null : a.grade().name(), a == null ? null : a.highestRisk().name(),
					r == null ? null : r.outcome().name(),
					r == null || r.leadAgency() == null ? null : r.leadAgency().name(),
					r == null ? null : r.agreementId() + "@" + r.agreementVersion(), r != null && r.overridden(),
					r == null ? null : r.overrideReview(), r != null && r.callerInformed(),
					r == null ? null : r.recordedOfficerMinutes(), r == null ? null : r.handoverMinutes(),
					DemandProjector.array(rules), nextSeq());
			if (++count[0] % FLUSH_ROWS == 0) {
				rows.flush();
				progress.update("encounters projected", count[0]);
			}
		});
		rows.flush();
		progress.update("encounters projected", count[0]);

		jdbc.sql("""
				with flags as (
				    select encounter_id,
				        subject_person_id is not null and count(*) over (partition by subject_person_id order by occurred_at
				            range between interval '365 days' preceding and interval '1 microsecond' preceding) > 0 as repeat_person,
				        location_key is not null and count(*) over (partition by location_key order by occurred_at
				            range between interval '365 days' preceding and interval '1 microsecond' preceding) > 0 as repeat_location
				    from demand.encounter_demand
				), missing as (
				    select encounter_id,
				        subject_person_id is not null and count(*) over (partition by subject_person_id order by occurred_at
				            range between interval '365 days' preceding and interval '1 microsecond' preceding) > 0 as repeat_missing
				    from demand.encounter_demand where situation = 'MISSING_PERSON'
				)
				update demand.encounter_demand d set repeat_person = f.repeat_person, repeat_location = f.repeat_location,
				    repeat_missing = coalesce(m.repeat_missing, false)
				from flags f left join missing m on m.encounter_id = f.encounter_id
				where d.encounter_id = f.encounter_id and (f.repeat_person or f.repeat_location or coalesce(m.repeat_missing, false))
				""").update();
		progress.update("repeat people and locations counted", count[0]);

		Copy sent = new Copy("""
				copy demand.referral_demand (referral_id, encounter_id, agency, status, sent_at, acknowledged_at, decided_at,
				    ack_due_at, decision_due_at, change_seq) from stdin with (format csv)""");
		long[] referralCount = { 0 };
		referrals.forEach(r -> {
			sent.row(r.referralId(), r.encounterId(), r.agency().name(), r.status().name(), r.sentAt(), r.acknowledgedAt(),
					r.decidedAt(), r.ackDueAt(), r.decisionDueAt(), nextSeq());
			if (++referralCount[0] % FLUSH_ROWS == 0) {
				sent.flush();
			}
		});
		sent.flush();
		progress.update("referrals projected", referralCount[0]);
		jdbc.sql("update demand.generation set generation = generation + 1, rebuilt_at = now() where id = 1").update();
		jdbc.sql("analyze demand.encounter_demand").update();
		log.info("Demand read model rebuilt: {} encounters, {} referrals in {} ms", count[0], referralCount[0],
				(System.nanoTime() - started) / 1_000_000);
		return count[0];
	}

	private long seq = 0;

	private long seqLimit = 0;

	/** Sequence numbers taken from the database in blocks, so a rebuild does not ask for each one. */
	private long nextSeq() {
		if (seq >= seqLimit) {
			seq = jdbc.sql("select setval('demand.change_seq', nextval('demand.change_seq') + 9999)").query(Long.class).single() - 9999;
			seqLimit = seq + 10_000;
		}
		return seq++;
	}

	/** COPY in CSV, flushed in blocks, on the transaction's own connection. */
	private final class Copy {

		private final String sql;
		private final StringBuilder buffer = new StringBuilder(1 << 20);

		Copy(String sql) {
			this.sql = sql;
		}

		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append(',');
				}
				Object v = values[i];
				if (v == null) {
					continue;
				}
				String text = v instanceof Instant instant ? instant.toString() : v.toString();
				if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.isEmpty()) {
					buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				else {
					buffer.append(text);
				}
			}
			buffer.append('\n');
		}

		void flush() {
			if (buffer.isEmpty()) {
				return;
			}
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				copy.copyIn(sql, new StringReader(buffer.toString()));
				buffer.setLength(0);
			}
			catch (SQLException | IOException e) {
				throw new IllegalStateException("Could not write the demand read model: " + e.getMessage(), e);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}
	}
}
