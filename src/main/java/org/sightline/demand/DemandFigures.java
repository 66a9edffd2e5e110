package org.sightline.demand;

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
 * tables before each view: only rows whose change sequence is newer than the last one seen are read
 * (with a margin, because a transaction that took an earlier number may commit later), and the whole
 * cube is reloaded after a rebuild. Never reads operational tables.
 */
@Component
class DemandFigures {

	/** Rows re-read behind the newest change seen, for transactions that commit out of order. */
	static final long REREAD_MARGIN = 5_000;

	private final JdbcClient jdbc;
	private final ZoneId zone;

	private DemandCube cube = new DemandCube();
	private long generation = -1;
	private long lastSeq = 0;

	DemandFigures(JdbcClient jdbc, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.zone = displayZone;
	}

	/** Runs {@code work} on an up-to-date cube, one view at a time. */
	synchronized <T> T read(java.util.function.Function<DemandCube, T> work) {
		refresh();
		return work.apply(cube);
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
		load(lastSeq - REREAD_MARGIN);
	}

	private void load(long after) {
		long[] newest = { lastSeq };
		jdbc.sql("select * from demand.encounter_demand where change_seq > :after order by change_seq")
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
		jdbc.sql("select * from demand.referral_demand where change_seq > :after order by change_seq")
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
		e.callerNeeded = "PARTNER_ONLY".equals(outcome) || "NO_AGENCY_ACTION".equals(outcome);
		e.age = cube.ages.id(rs.getString("age_band"));
		e.sex = cube.sexes.id(rs.getString("sex"));
		e.ethnicity = cube.ethnicities.id(rs.getString("ethnicity"));
		for (String strand : (String[]) rs.getArray("strands").getArray()) {
			int id = cube.strands.id(strand);
			if (id < 64) {
				e.strands |= 1L << id;
			}
		}
		for (String trigger : (String[]) rs.getArray("triggers").getArray()) {
			int id = cube.triggers.id(trigger);
			if (id < 64) {
				e.triggers |= 1L << id;
			}
		}
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

	private static long seconds(Timestamp timestamp) {
		return timestamp == null ? -1 : timestamp.toInstant().getEpochSecond();
	}
}
