package org.sightline.demand.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.demand.DemandRebuild;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.identity.CurrentActor;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demand figures are projections of the operational records: for generated encounters recorded
 * through the modules (so through their events), every figure the dashboard sums equals the same
 * figure counted directly from the operational tables, and a rebuild from scratch gives the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
public class DemandProjectionTests {

	static final List<String> SITUATIONS = List.of("CONCERN_FOR_WELFARE", "MISSING_PERSON", "DOMESTIC_ABUSE",
			"CHILD_CONCERN", "ADULT_AT_RISK", "MEDICAL_INCIDENT", "AWOL_FROM_MENTAL_HEALTH_UNIT");
	static final List<String> FACTS = List.of("FALLEN_AT_HOME", "MENTAL_ILL_HEALTH", "SUICIDAL_IDEATION", "DEMENTIA",
			"DOMESTIC_ABUSE_VICTIM_OR_WITNESS", "CARER_ABSENT", "GOING_MISSING", "SUBSTANCE_MISUSE");
	static final List<String> AREAS = List.of("NORTH", "SOUTH", "EAST", "WEST", "CITY");
	static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "NOT_STATED");
	static final List<String> RISKS = List.of("LOW", "MEDIUM", "HIGH", "NO_APPARENT_RISK");

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	RoutingManagement routing;

	@Autowired
	DemandReports reports;

	@Autowired
	DemandRebuild rebuild;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ZoneId zone;

	@Test
	@WithUserDetails("handler")
	void every_dashboard_figure_equals_the_same_figure_counted_from_the_operational_records() {
		Actor handler = CurrentActor.require();
		Random random = new Random(12);
		for (int i = 0; i < 30; i++) {
			record(handler, random, i);
		}
		DemandQuery all = new DemandQuery(LocalDate.now(zone).minusYears(2), LocalDate.now(zone).plusDays(1), null, null,
				null, null);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertFiguresMatchOperationalRecords(reports.sums(all)));

		rebuild.run(DemandRebuild.Progress.NONE);
		assertFiguresMatchOperationalRecords(reports.sums(all));

		// a filter sums only its own cells
		DemandReports.Sums north = reports.sums(new DemandQuery(all.from(), all.to(), "NORTH", null, null, null));
		assertThat(north.scalars[DemandCube.COUNT]).isEqualTo(jdbc
			.sql("select count(*) from encounter.encounter where area = 'NORTH'").query(Long.class).single());
	}

	private void record(Actor handler, Random random, int i) {
		String situation = SITUATIONS.get(random.nextInt(SITUATIONS.size()));
		List<String> facts = List.of(FACTS.get(random.nextInt(FACTS.size())));
		int age = 5 + random.nextInt(85);
		var person = new RecordEncounter.PersonDetails("SUBJECT", "Demand", "Person" + i, null, null, age, facts, List.of(),
				List.of(), List.of(), null, null, List.of(), null, null, SEXES.get(random.nextInt(SEXES.size())),
				random.nextBoolean() ? "W1" : "NS");
		var command = new RecordEncounter("NON_EMERGENCY_CALL", Instant.now().minus(random.nextInt(300) + 1, ChronoUnit.HOURS),
				new Location(random.nextInt(4) + " Demand Street", null, null), AREAS.get(random.nextInt(AREAS.size())),
				situation, "Generated for the demand projection test", List.of(person));
		EncounterView encounter = encounters.record(handler, command, Optional.empty()).encounter();
		if (random.nextInt(5) == 0) {
			return; // not yet assessed
		}
		EncounterId id = new EncounterId(encounter.id());
		assessments.record(handler, id, new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(),
				"PRIORITY", AssessmentFixtures.fullRationale(),
				List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), RISKS.get(random.nextInt(RISKS.size())))),
				List.of(), null, List.of(), null));
		if (random.nextInt(4) == 0) {
			return; // not yet routed
		}
		RoutingDecisionView decision = routing.decide(handler, id, new RoutingManagement.Decide(null, null, null, null, null, null));
		if (!decision.outcome().policeAttend() && random.nextBoolean()) {
			routing.recordCallerInformed(handler, decision.id(), "Told the caller who will come.", null);
		}
		if (decision.outcome().policeAttend() && random.nextBoolean()) {
			Instant deployed = Instant.now().minus(random.nextInt(200) + 200, ChronoUnit.MINUTES);
			routing.recordAttendance(handler, decision.id(), deployed, deployed.plus(random.nextInt(180) + 10, ChronoUnit.MINUTES),
					1 + random.nextInt(3));
		}
	}

	private void assertFiguresMatchOperationalRecords(DemandReports.Sums sums) {
		assertThat(sums.scalars[DemandCube.COUNT]).as("encounters")
			.isEqualTo(jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single());
		Map<String, Long> bySituation = new TreeMap<>();
		sums.bySituation.forEach((code, v) -> bySituation.put(code, v[0]));
		assertThat(bySituation).as("by situation").isEqualTo(counts("select situation, count(*) from encounter.encounter group by 1"));
		assertThat(byCode(sums.dims[DemandCube.GRADE], sums.gradeCodes)).as("by grade").isEqualTo(counts("""
				select coalesce(a.grade, ''), count(*) from encounter.encounter e
				left join (select distinct on (encounter_id) encounter_id, grade from assessment.thrive_assessment
				           order by encounter_id, version desc) a on a.encounter_id = e.id group by 1"""));
		assertThat(byCode(sums.dims[DemandCube.OUTCOME], sums.outcomeCodes)).as("by outcome").isEqualTo(counts("""
				select coalesce(d.outcome, ''), count(*) from encounter.encounter e
				left join (select distinct on (encounter_id) encounter_id, outcome from routing.routing_decision
				           order by encounter_id, decided_at desc, id) d on d.encounter_id = e.id group by 1"""));
		Map<String, Long> byArea = new TreeMap<>();
		sums.byArea.forEach((code, v) -> byArea.put(code, v[0]));
		assertThat(byArea).as("by area").isEqualTo(counts("select coalesce(area, ''), count(*) from encounter.encounter group by 1"));
		assertThat(byCode(sums.dims[DemandCube.SEX], sums.sexCodes)).as("by sex").isEqualTo(counts("""
				select coalesce(s.sex, ''), count(*) from encounter.encounter e left join lateral (
				    select p.sex from encounter.encounter_person p where p.encounter_id = e.id
				    order by (p.role in ('SUBJECT', 'VICTIM')) desc, p.position limit 1) s on true group by 1"""));
		assertThat(sums.scalars[DemandCube.RECORDED_MIN]).as("recorded officer minutes").isEqualTo(jdbc.sql("""
				select coalesce(sum(extract(epoch from (cleared_at - deployed_at)) / 60 * officers)::bigint, 0)
				from routing.attendance where cleared_at is not null""").query(Long.class).single());
		long needed = jdbc.sql("""
				select count(*) from (select distinct on (encounter_id) encounter_id, outcome from routing.routing_decision
				    order by encounter_id, decided_at desc, id) d where d.outcome in ('PARTNER_ONLY', 'NO_AGENCY_ACTION')""")
			.query(Long.class).single();
		assertThat(sums.scalars[DemandCube.CALLER_NEEDED]).as("police did not attend").isEqualTo(needed);
		assertThat(sums.scalars[DemandCube.CALLER_INFORMED]).as("caller told").isEqualTo(jdbc.sql("""
				select count(*) from (select distinct on (encounter_id) encounter_id, outcome from routing.routing_decision
				    order by encounter_id, decided_at desc, id) d where d.outcome in ('PARTNER_ONLY', 'NO_AGENCY_ACTION')
				  and exists (select 1 from routing.caller_notice n join routing.routing_decision o on o.id = n.decision_id
				              where o.encounter_id = d.encounter_id)""").query(Long.class).single());
		assertThat(byCode(sums.dims[DemandCube.ETHNICITY], sums.ethnicityCodes)).as("by ethnicity").isEqualTo(counts("""
				select coalesce(s.ethnicity, ''), count(*) from encounter.encounter e left join lateral (
				    select p.ethnicity from encounter.encounter_person p where p.encounter_id = e.id
				    order by (p.role in ('SUBJECT', 'VICTIM')) desc, p.position limit 1) s on true group by 1"""));
		assertThat(byCode(sums.dims[DemandCube.AGE], sums.ageCodes)).as("by age band").isEqualTo(counts("""
				select case when a is null then 'UNKNOWN' when a < 10 then 'UNDER_10' when a < 18 then 'AGE_10_17'
				    when a < 25 then 'AGE_18_24' when a < 35 then 'AGE_25_34' when a < 45 then 'AGE_35_44'
				    when a < 55 then 'AGE_45_54' when a < 65 then 'AGE_55_64' else 'AGE_65_PLUS' end, count(*)
				from (select coalesce(date_part('year', age((e.occurred_at at time zone 'Europe/London')::date, s.date_of_birth))::int,
				          s.estimated_age_years) as a
				      from encounter.encounter e left join lateral (
				          select p.date_of_birth, p.estimated_age_years from encounter.encounter_person p where p.encounter_id = e.id
				          order by (p.role in ('SUBJECT', 'VICTIM')) desc, p.position limit 1) s on true) ages group by 1"""));
		Map<String, Long> byHour = new TreeMap<>();
		for (int h = 0; h < 24; h++) {
			if (h < sums.dims[DemandCube.HOUR].length && sums.dims[DemandCube.HOUR][h] != 0) {
				byHour.put(String.valueOf(h), sums.dims[DemandCube.HOUR][h]);
			}
		}
		assertThat(byHour).as("by hour of day").isEqualTo(counts(
				"select extract(hour from occurred_at at time zone 'Europe/London')::int::text, count(*) from encounter.encounter group by 1"));
		assertThat(sums.scalars[DemandCube.OVERRIDES]).as("overrides").isEqualTo(jdbc.sql("""
				select count(*) from (select distinct on (encounter_id) outcome, recommended_outcome from routing.routing_decision
				    order by encounter_id, decided_at desc, id) d where outcome <> recommended_outcome""").query(Long.class).single());
		Map<String, Long> missing = new TreeMap<>();
		sums.missingByRisk.forEach((code, v) -> missing.put(code, v[0]));
		assertThat(missing).as("missing person reports by risk").isEqualTo(counts("""
				select coalesce(a.highest_risk, ''), count(*) from encounter.encounter e
				left join (select distinct on (encounter_id) encounter_id, highest_risk from assessment.thrive_assessment
				           order by encounter_id, version desc) a on a.encounter_id = e.id
				where e.situation = 'MISSING_PERSON' group by 1"""));
		assertThat(sums.scalars[DemandCube.REPEAT_PERSON]).as("repeat people").isEqualTo(jdbc.sql("""
				with recursive chain (id, final) as (
				    select id, merged_into from person.person where merged_into is not null
				    union all
				    select c.id, p.merged_into from chain c join person.person p on p.id = c.final where p.merged_into is not null
				), finals as (
				    select c.id, c.final from chain c
				    where not exists (select 1 from person.person p where p.id = c.final and p.merged_into is not null)
				), subject as (
				    select e.id, e.occurred_at, coalesce(f.final, l.person_id) as person_id from encounter.encounter e
				    join lateral (select p.id from encounter.encounter_person p where p.encounter_id = e.id
				        order by (p.role in ('SUBJECT', 'VICTIM')) desc, p.position limit 1) s on true
				    join person.person_link l on l.source_id = s.id
				    left join finals f on f.id = l.person_id)
				select count(*) from subject e where exists (select 1 from subject o where o.person_id = e.person_id
				    and o.id <> e.id and o.occurred_at < e.occurred_at and o.occurred_at >= e.occurred_at - interval '365 days')
				""").query(Long.class).single());
		assertThat(sums.scalars[DemandCube.REPEAT_LOCATION]).as("repeat locations").isEqualTo(jdbc.sql("""
				select count(*) from encounter.encounter e where exists (select 1 from encounter.encounter o
				    where md5(lower(regexp_replace(trim(o.location_description), '\\s+', ' ', 'g')))
				        = md5(lower(regexp_replace(trim(e.location_description), '\\s+', ' ', 'g')))
				      and o.id <> e.id and o.occurred_at < e.occurred_at and o.occurred_at >= e.occurred_at - interval '365 days')
				""").query(Long.class).single());
	}

	private Map<String, Long> counts(String sql) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private static Map<String, Long> byCode(long[] values, List<String> codes) {
		Map<String, Long> map = new TreeMap<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] != 0) {
				map.put(codes.get(i), values[i]);
			}
		}
		return map;
	}
}
