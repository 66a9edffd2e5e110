package org.sightline.chronology.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.sightline.chronology.TriggerFiring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The triggers that fired. */
@Repository
public class TriggerFirings {

	private final JdbcClient jdbc;

	TriggerFirings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a firing; false when the rule already fired for this person on this contact. */
	boolean insert(TriggerFiring firing) {
		return jdbc.sql("""
				insert into chronology.trigger_firing (id, rule_code, rule_name, person_id, encounter_id,
				    encounter_reference, reason, fired_at)
				values (:id, :code, :name, :personId, :encounterId, :reference, :reason, :firedAt)
				on conflict (rule_code, person_id, encounter_id) do nothing
				""")
			.param("id", firing.id())
			.param("code", firing.ruleCode())
			.param("name", firing.ruleName())
			.param("personId", firing.personId())
			.param("encounterId", firing.encounterId())
			.param("reference", firing.encounterReference())
			.param("reason", firing.reason())
			.param("firedAt", Timestamp.from(firing.firedAt()))
			.update() == 1;
	}

	/** Firings for any of these person records, newest first. */
	List<TriggerFiring> forPeople(Collection<UUID> personIds) {
		return jdbc.sql("select * from chronology.trigger_firing where person_id in (:ids) order by fired_at desc")
			.param("ids", personIds)
			.query((rs, n) -> new TriggerFiring(rs.getObject("id", UUID.class), rs.getString("rule_code"),
					rs.getString("rule_name"), rs.getObject("person_id", UUID.class),
					rs.getObject("encounter_id", UUID.class), rs.getString("encounter_reference"),
					rs.getString("reason"), rs.getTimestamp("fired_at").toInstant()))
			.list();
	}
}
