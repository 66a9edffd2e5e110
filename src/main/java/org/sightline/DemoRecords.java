package org.sightline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.SightlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, an empty database gets a few invented encounters, recorded through the
 * application as the demo responder, so a newcomer can find a person ("Sam Taylor") and read a
 * chronology with a trigger in it straight away. Never runs when demo mode is off
 * ({@code SIGHTLINE_DEMO=false}) or {@code SIGHTLINE_DEMO_RECORDS=false}, and never when any
 * encounter exists.
 */
@Component
@Order(10)
class DemoRecords implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);

	private static final Actor RESPONDER = new Actor("responder", "PC Ravi Rao", java.util.Set.of(Role.RESPONDER),
			Optional.empty());

	private final EncounterManagement encounters;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoRecords(EncounterManagement encounters, JdbcClient jdbc, Clock clock, SightlineSettings shared,
			ApplicationSettings settings) {
		this.encounters = encounters;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = shared.demo() && settings.demoRecords();
	}

	/** All six or none: a stop part-way would leave half the demo, and the next start would add nothing. */
	@Override
	@org.springframework.transaction.annotation.Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || jdbc.sql("select exists (select 1 from encounter.encounter)").query(Boolean.class).single()) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(RESPONDER.username(), null,
					AuthorityUtils.createAuthorityList(Role.RESPONDER.authority())));
		try {
			LocalDate sam = LocalDate.of(1991, 4, 2);
			LocalDate megan = LocalDate.of(1988, 4, 3);
			record(1, 200, "DOMESTIC_ABUSE", "Neighbour heard shouting and a child crying at 14 Mill Lane.",
					person("VICTIM", "Sam", "Taylor", sam, null), person("CHILD_PRESENT", "Alex", "Taylor", null, 6));
			record(2, 95, "DOMESTIC_ABUSE", "Sam Taylor rang: partner threatened her; left before police arrived.",
					person("VICTIM", "Sam", "Taylor", sam, null));
			record(3, 60, "MISSING_PERSON", "Care staff report Megan has not returned; her phone is off.",
					person("SUBJECT", "Megan", "Pritchard", megan, null));
			// an attempted suicide: the demo responder's wellbeing page offers a conversation, and their lead sees it
			record(4, 30, "MENTAL_HEALTH_CONVEYANCE", "Megan found at the bridge, distressed; ambulance delayed.",
					List.of("SUICIDE_OR_ATTEMPT"), person("SUBJECT", "Megan", "Pritchard", megan, null));
			record(5, 12, "DOMESTIC_ABUSE", "Samantha Taylor: partner broke the door; she is afraid to say more.",
					person("VICTIM", "Sam", "Taylor", sam, null), person("CHILD_PRESENT", "Alex", "Taylor", null, 6));
			record(6, 2, "MISSING_PERSON", "Megan missing again from her supported housing.",
					person("SUBJECT", "Megan", "Pritchard", megan, null));
			log.info("Demo mode: recorded 6 invented encounters; search for Sam Taylor or Megan Pritchard");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void record(int number, int daysAgo, String situation, String narrative,
			RecordEncounter.PersonDetails... people) {
		record(number, daysAgo, situation, narrative, List.of(), people);
	}

	private void record(int number, int daysAgo, String situation, String narrative, List<String> incidentFeatures,
			RecordEncounter.PersonDetails... people) {
		Instant at = Instant.now(clock).minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.MINUTES);
		encounters.record(RESPONDER, new RecordEncounter("EMERGENCY_CALL", at, new Location("Anytown", null, null), null,
				situation, narrative, List.of(people), incidentFeatures), Optional.of("demo-record-" + number));
	}

	private static RecordEncounter.PersonDetails person(String role, String given, String family, LocalDate born,
			Integer age) {
		return new RecordEncounter.PersonDetails(role, given, family, null, born, age, List.of(), List.of(), List.of(),
				List.of(), null, null, List.of(), null);
	}
}
