package org.sightline.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sightline.shared.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demand figures need of an encounter's routing: the latest decision (outcome, who leads,
 * the agreement version, whether it overrode the rules and what the supervisor made of that),
 * whether the caller was told when police did not attend, the officer time recorded for police
 * attendance, and the section 136 handover time. Read by the demand module's projections only.
 */
@Component
public class RoutingDemandFacts {

	/**
	 * @param leadAgency who leads: police for a police-primary outcome, otherwise the recommended
	 * primary agency; null for no agency action
	 * @param overrideReview RATIFIED, OVERTURNED or NOTED; null when not overridden or not yet reviewed
	 * @param recordedOfficerMinutes officers' time from deployment to clear, all attendances, all
	 * officers; null when none was recorded (the dashboard then estimates, and says so)
	 * @param handoverMinutes arrival at the place of safety to handover; null when no handover was timed
	 */
	public record Facts(UUID encounterId, RoutingOutcome outcome, Agency leadAgency, String agreementId,
			String agreementVersion, boolean overridden, String overrideReview, boolean callerInformed,
			Long recordedOfficerMinutes, Long handoverMinutes) {
	}

	private static final String SELECT = """
			select d.encounter_id, d.outcome, d.recommended_outcome, d.recommendation ->> 'primaryAgency' as primary_agency,
			       d.agreement_id, d.agreement_version, r.outcome as review,
			       exists (select 1 from routing.caller_notice n join routing.routing_decision o on o.id = n.decision_id
			               where o.encounter_id = d.encounter_id) as caller_informed,
			       (select sum(extract(epoch from (a.cleared_at - a.deployed_at)) / 60 * a.officers)::bigint
			          from routing.attendance a where a.encounter_id = d.encounter_id and a.cleared_at is not null) as officer_minutes,
			       (select min(extract(epoch from (t.completed_at - t.started_at)) / 60)::bigint
			          from routing.timer t where t.encounter_id = d.encounter_id and t.code = 'HANDOVER'
			           and t.completed_at is not null) as handover_minutes
			from (select distinct on (encounter_id) * from routing.routing_decision %s
			      order by encounter_id, decided_at desc, id) d
			left join routing.override_review r on r.decision_id = d.id
			""";

	private final JdbcClient jdbc;

	RoutingDemandFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Facts> of(UUID encounterId) {
		return jdbc.sql(SELECT.formatted("where encounter_id = :id"))
			.param("id", encounterId)
			.query((rs, n) -> facts(rs))
			.optional();
	}

	/** The same for every encounter at once, by joins rather than a lookup per row. */
	private static final String SELECT_ALL = """
			with latest as (
			    select distinct on (encounter_id) * from routing.routing_decision order by encounter_id, decided_at desc, id
			), informed as (
			    select distinct o.encounter_id from routing.caller_notice n join routing.routing_decision o on o.id = n.decision_id
			), minutes as (
			    select encounter_id, sum(extract(epoch from (cleared_at - deployed_at)) / 60 * officers)::bigint as officer_minutes
			    from routing.attendance where cleared_at is not null group by encounter_id
			), handover as (
			    select encounter_id, min(extract(epoch from (completed_at - started_at)) / 60)::bigint as handover_minutes
			    from routing.timer where code = 'HANDOVER' and completed_at is not null group by encounter_id
			)
			select d.encounter_id, d.outcome, d.recommended_outcome, d.recommendation ->> 'primaryAgency' as primary_agency,
			       d.agreement_id, d.agreement_version, r.outcome as review, i.encounter_id is not null as caller_informed,
			       m.officer_minutes, h.handover_minutes
			from latest d
			left join routing.override_review r on r.decision_id = d.id
			left join informed i on i.encounter_id = d.encounter_id
			left join minutes m on m.encounter_id = d.encounter_id
			left join handover h on h.encounter_id = d.encounter_id
			""";

	/** The latest decision of every decided encounter, streamed (for a rebuild). */
	@Transactional(readOnly = true)
	public void forEach(Consumer<Facts> consumer) {
		jdbc.sql(SELECT_ALL).withFetchSize(5_000).query((ResultSet rs) -> {
			consumer.accept(facts(rs));
		});
	}

	private static Facts facts(ResultSet rs) throws SQLException {
		RoutingOutcome outcome = RoutingOutcome.valueOf(rs.getString("outcome"));
		Agency lead = switch (outcome) {
			case POLICE_PRIMARY -> Agency.POLICE;
			case NO_AGENCY_ACTION -> null;
			default -> agency(rs.getString("primary_agency"));
		};
		String recommended = rs.getString("recommended_outcome");
		return new Facts(rs.getObject("encounter_id", UUID.class), outcome, lead, rs.getString("agreement_id"),
				rs.getString("agreement_version"), !outcome.name().equals(recommended), rs.getString("review"),
				rs.getBoolean("caller_informed"), (Long) rs.getObject("officer_minutes", Long.class),
				(Long) rs.getObject("handover_minutes", Long.class));
	}

	private static Agency agency(String code) {
		for (Agency agency : Agency.values()) {
			if (agency.name().equals(code)) {
				return agency;
			}
		}
		return null;
	}
}
