package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A row the database rejects never puts the person's narrative or address into the log. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class LogScrubbingTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_rejected_rows_narrative_and_address_never_reach_the_log(CapturedOutput output) {
		Throwable rejected = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("""
				insert into encounter.encounter (id, reference, source, occurred_at, location_description, situation, narrative,
				    recorded_by, recorded_at, review_date)
				values (:id, 'ENC-SCRUB', 'CARRIER_PIGEON', now(), :location, 'DOMESTIC_ABUSE', :narrative, 'handler', now(),
				    current_date)
				""").param("id", UUID.randomUUID()).param("location", "7 Elm Road, Anytown")
			.param("narrative", "She disclosed rape by her partner").update());
		assertThat(rejected).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(rejected.getMessage()).as("the database did put the values in its message").contains("7 Elm Road");

		// values are bound as parameters (as the application binds them), so only the database's own message carries them
		// as the servlet container logs a request that failed with it
		LoggerFactory.getLogger("org.apache.catalina.core.ContainerBase").error("Servlet.service() threw exception: "
				+ rejected.getMessage(), rejected);

		assertThat(output).contains("Servlet.service() threw exception")
			.contains("Failing row contains " + LogScrubbing.WITHHELD)
			.doesNotContain("7 Elm Road")
			.doesNotContain("disclosed rape");
	}

	@Test
	void duplicate_keys_and_json_values_are_withheld_but_what_went_wrong_is_kept() {
		assertThat(LogScrubbing.scrub("ERROR: duplicate key value violates unique constraint \"person_identifier_pkey\"\n"
				+ "  Detail: Key (scheme, value)=(NHS, 943 476 5919) already exists."))
			.contains("violates unique constraint \"person_identifier_pkey\"")
			.contains("Key (scheme, value)=" + LogScrubbing.WITHHELD + " already exists")
			.doesNotContain("943 476 5919");
		assertThat(LogScrubbing.scrub("Cannot deserialize value of type `java.lang.Integer` from String \"Jo Bloggs, 7 Elm Road\": not a valid"))
			.doesNotContain("Jo Bloggs")
			.contains("Cannot deserialize value of type `java.lang.Integer` from String " + LogScrubbing.WITHHELD);
	}
}
