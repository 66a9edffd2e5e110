package org.sightline.routing.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.sightline.routing.Attendance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores police attendance in {@code routing.attendance}. */
@Repository
public class Attendances {

	private final JdbcClient jdbc;

	Attendances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Attendance attendance) {
		jdbc.sql("""
				insert into routing.attendance (id, encounter_id, deployed_at, cleared_at, officers, recorded_by, recorded_at)
				values (:id, :encounterId, :deployedAt, :clearedAt, :officers, :recordedBy, :recordedAt)
				""")
			.param("id", attendance.id())
			.param("encounterId", attendance.encounterId())
			.param("deployedAt", Timestamp.from(attendance.deployedAt()))
			.param("clearedAt", attendance.clearedAt() == null ? null : Timestamp.from(attendance.clearedAt()))
			.param("officers", attendance.officers())
			.param("recordedBy", attendance.recordedBy())
			.param("recordedAt", Timestamp.from(attendance.recordedAt()))
			.update();
	}

	public List<Attendance> forEncounter(UUID encounterId) {
		return jdbc.sql("select * from routing.attendance where encounter_id = :id order by deployed_at")
			.param("id", encounterId)
			.query((rs, n) -> new Attendance(rs.getObject("id", UUID.class), rs.getObject("encounter_id", UUID.class),
					rs.getTimestamp("deployed_at").toInstant(),
					rs.getTimestamp("cleared_at") == null ? null : rs.getTimestamp("cleared_at").toInstant(),
					rs.getInt("officers"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	public int deleteForEncounters(java.util.Collection<UUID> encounterIds) {
		if (encounterIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from routing.attendance where encounter_id in (:ids)").param("ids", encounterIds).update();
	}
}
