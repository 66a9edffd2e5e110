package org.sightline.chronology;

import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which repeat and cumulative triggers fired on each encounter (rule codes only), for the demand
 * figures. Read by the demand module's projections only.
 */
@Component
public class TriggerDemandFacts {

	private final JdbcClient jdbc;

	TriggerDemandFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rule code → how many times it fired on this encounter (once per person it fired for). */
	@Transactional(readOnly = true)
	public Map<String, Integer> firedOn(UUID encounterId) {
		Map<String, Integer> fired = new java.util.TreeMap<>();
		jdbc.sql("select rule_code, count(*) as n from chronology.trigger_firing where encounter_id = :id group by rule_code")
			.param("id", encounterId)
			.query((ResultSet rs) -> {
				fired.put(rs.getString("rule_code"), rs.getInt("n"));
			});
		return fired;
	}

	/** Every firing, streamed (for a rebuild): encounter id, rule code. */
	@Transactional(readOnly = true)
	public void forEach(BiConsumer<UUID, String> consumer) {
		jdbc.sql("select encounter_id, rule_code from chronology.trigger_firing").withFetchSize(5_000).query((ResultSet rs) -> {
			consumer.accept(rs.getObject("encounter_id", UUID.class), rs.getString("rule_code"));
		});
	}
}
