package org.sightline.demand.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demand read model in memory ({@link DemandCube}), brought up to date from the {@code demand}
 * tables before each view: only rows whose change sequence is newer than the last one seen are read,
 * and the whole cube is reloaded after a rebuild. Projections run one at a time (a database lock held
 * to commit), so change numbers become visible in order and none is skipped. Never reads operational
 * tables.
 */
@Component
public class DemandFigures {

	private final JdbcClient jdbc;
	private final ZoneId zone;

	private DemandCube cube = new DemandCube();
	private long generation = -1;
	private long lastSeq = 0;

	private final org.springframework.transaction.support.TransactionTemplate readOnly;

	DemandFigures(JdbcClient jdbc, ZoneId displayZone, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.zone = displayZone;
		this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Runs {@code work} on an up-to-date cube, one view at a time. */
	synchronized <T> T read(java.util.function.Function<DemandCube, T> work) {
		// in a transaction, so millions of rows stream through a cursor instead of arriving at once
		readOnly.executeWithoutResult(status -> refresh());
		return work.apply(cube);
	}

	/**
	 * Loads the figures in the background once the application is up, so the first person to open the
	 * dashboard does not wait for millions of rows (a view meanwhile waits for the load to finish).
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void warmUp() {
		Thread loader = new Thread(() -> {
			try {
				long started = System.nanoTime();
				int cells = read(cube -> cube.coarse.size());
				org.slf4j.LoggerFactory.getLogger(DemandFigures.class)
					.info("Demand figures loaded into memory in {} ms ({} day, area and situation cells)",
							(System.nanoTime() - started) / 1_000_000, cells);
			}
			catch (RuntimeException e) {
				// shutting down, or the database is not there yet: the first view loads instead
				org.slf4j.LoggerFactory.getLogger(DemandFigures.class).debug("Demand figures not loaded at start", e);
			}
		}, "demand-figures-warm-up");
		loader.setDaemon(true);
		loader.start();
	}

	/** Drops what is held, so the next view reloads everything (after a rebuild in this process). */
	synchronized void forget() {
		generation = -1;
	}

	private void refresh() {
		long current = jdbc.sql("select generation from demand.generation where id = 1").query(Long.class).single();
		if (current != generation) {
			cube = new DemandCube();
			lastSeq = 0;
			generation = current;
			load(Long.MIN_VALUE);
			return;
		}
		long newest = jdbc.sql("""
				select greatest((select coalesce(max(change_seq), 0) from demand.encounter_demand),
				                (select coalesce(max(change_seq), 0) from demand.referral_demand),
				                (select coalesce(max(change_seq), 0) from demand.removed))""").query(Long.class).single();
		if (newest > lastSeq) {
			load(lastSeq);
		}
	}


	private void load(long after) {
		long[] newest = { lastSeq };
		jdbc.sql("""
				select encounter_id, occurred_at, area, situation, lead_agency, agreement, grade, risk, outcome, age_band, sex,
				    ethnicity, array_to_string(strands, ',') as strands, array_to_string(triggers, ',') as triggers, overridden,
				    override_review, caller_informed, officer_minutes, handover_minutes, repeat_person, repeat_location,
				    repeat_missing, change_seq
				from demand.encounter_demand where change_seq > :after""")
			.param("after", after)
			.withFetchSize(10_000)
			.query((ResultSet rs) -> {
				cube.put(rs.getObject("encounter_id", UUID.class), encounter(rs));
				newest[0] = Math.max(newest[0], rs.getLong("change_seq"));
			});
		jdbc.sql("select encounter_id, change_seq from demand.removed where change_seq > :after")
			.param("after", after)
			.query((ResultSet rs) -> {
				cube.remove(rs.getObject("encounter_id", UUID.class));
				newest[0] = Math.max(newest[0], rs.getLong("change_seq"));
			});
		jdbc.sql("select * from demand.referral_demand where change_seq > :after")
			.param("after", after)
			.withFetchSize(10_000)
			.query((ResultSet rs) -> {
				cube.putReferral(rs.getObject("referral_id", UUID.class), referral(rs));
				newest[0] = Math.max(newest[0], rs.getLong("change_seq"));
			});
		lastSeq = newest[0];
	}

	private DemandCube.Enc encounter(ResultSet rs) throws SQLException {
		DemandCube.Enc e = new DemandCube.Enc();
		ZonedDateTime at = rs.getTimestamp("occurred_at").toInstant().atZone(zone);
		e.day = (int) at.toLocalDate().toEpochDay();
		e.hour = at.getHour();
		e.area = cube.areas.id(rs.getString("area"));
		e.situation = cube.situations.id(rs.getString("situation"));
		e.lead = cube.agencies.id(rs.getString("lead_agency"));
		e.agreement = cube.agreements.id(rs.getString("agreement"));
		e.grade = cube.grades.id(rs.getString("grade"));
		e.risk = cube.risks.id(rs.getString("risk"));
		String outcome = rs.getString("outcome");
		e.outcome = cube.outcomes.id(outcome);
		e.policeAttend = "POLICE_PRIMARY".equals(outcome) || "PARTNER_PRIMARY_POLICE_SUPPORTING".equals(outcome);
		e.partnerAlone = "PARTNER_ONLY".equals(outcome);
		e.supported = "PARTNER_PRIMARY_POLICE_SUPPORTING".equals(outcome);
		e.callerNeeded = "PARTNER_ONLY".equals(outcome) || "NO_AGENCY_ACTION".equals(outcome);
		e.age = cube.ages.id(rs.getString("age_band"));
		e.sex = cube.sexes.id(rs.getString("sex"));
		e.ethnicity = cube.ethnicities.id(rs.getString("ethnicity"));
		e.strands = mask(cube.strands, rs.getString("strands"));
		e.triggers = mask(cube.triggers, rs.getString("triggers"));
		e.overridden = rs.getBoolean("overridden");
		String review = rs.getString("override_review");
		e.review = review == null ? 0 : switch (review) {
			case "RATIFIED" -> 1;
			case "OVERTURNED" -> 2;
			default -> 3;
		};
		e.callerInformed = rs.getBoolean("caller_informed");
		long minutes = rs.getLong("officer_minutes");
		e.officerMinutes = rs.wasNull() ? -1 : minutes;
		long handover = rs.getLong("handover_minutes");
		e.handoverMinutes = rs.wasNull() ? -1 : handover;
		e.repeatPerson = rs.getBoolean("repeat_person");
		e.repeatLocation = rs.getBoolean("repeat_location");
		e.repeatMissing = rs.getBoolean("repeat_missing");
		return e;
	}

	private DemandCube.Ref referral(ResultSet rs) throws SQLException {
		DemandCube.Ref r = new DemandCube.Ref();
		r.encounterId = rs.getObject("encounter_id", UUID.class);
		Instant sent = rs.getTimestamp("sent_at").toInstant();
		r.sentAt = sent.getEpochSecond();
		r.sentDay = (int) sent.atZone(zone).toLocalDate().toEpochDay();
		r.agency = cube.agencies.id(rs.getString("agency"));
		r.status = cube.statuses.id(rs.getString("status"));
		r.ackAt = seconds(rs.getTimestamp("acknowledged_at"));
		r.decidedAt = seconds(rs.getTimestamp("decided_at"));
		r.ackDue = seconds(rs.getTimestamp("ack_due_at"));
		r.decisionDue = seconds(rs.getTimestamp("decision_due_at"));
		return r;
	}

	/** Codes as bits of their ids (the first 63 codes of a dimension; more are not counted). */
	private static long mask(DemandCube.Dict dict, String codes) {
		long mask = 0;
		if (codes == null || codes.isEmpty()) {
			return mask;
		}
		for (String code : codes.split(",")) {
			int id = dict.id(code);
			if (id < 64) {
				mask |= 1L << id;
			}
		}
		return mask;
	}

	private static long seconds(Timestamp timestamp) {
		return timestamp == null ? -1 : timestamp.toInstant().getEpochSecond();
	}
}
