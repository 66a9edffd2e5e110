package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode gives an empty database invented encounters that show the whole-person and wellbeing features, once. */
@SpringBootTest(properties = "sightline.demo-records=true")
class DemoRecordsTests {

	@Autowired
	DemoRecords demoRecords;

	@Autowired
	JdbcClient jdbc;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void the_demo_people_have_chronologies_with_triggers_and_a_second_start_adds_nothing() throws Exception {
		assertThat(count("select count(*) from encounter.encounter where recorded_by = 'responder'")).isEqualTo(6);
		assertThat(count("""
				select count(distinct l.person_id) from person.person_link l
				join person.person p on p.id = l.person_id where p.family_name = 'Taylor' and p.given_name = 'Sam'
				""")).as("Sam Taylor's three calls link to one person").isEqualTo(1);
		assertThat(count("select count(*) from chronology.trigger_firing where rule_code = 'MARAC_POTENTIAL_ESCALATION'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from chronology.trigger_firing where rule_code = 'PROBLEM_SOLVING_REVIEW'"))
			.isEqualTo(1);
		// the attempted suicide at the bridge: the responder who recorded it is offered a conversation
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(count(
					"select count(*) from wellbeing.exposure where username = 'responder' and 'SUICIDE' = any(categories)"))
				.isEqualTo(1));

		demoRecords.run(null);

		assertThat(count("select count(*) from encounter.encounter where recorded_by = 'responder'")).isEqualTo(6);
	}
}
