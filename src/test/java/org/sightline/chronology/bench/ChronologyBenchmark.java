package org.sightline.chronology.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sightline.Application;
import org.sightline.TestActors;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.chronology.Chronology;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.person.PersonId;
import org.sightline.routing.RoutingManagement;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times opening one person's chronology ({@link Chronology#open}, in process, with its audit
 * entries) when the person has C contacts, each encounter with a THRIVE assessment and a routing
 * decision, against the application's own embedded PostgreSQL. Prints p50, p95 and the maximum.
 *
 * <pre>ChronologyBenchmark [CONTACTS] [OPENINGS] [WORK_DIR]</pre>
 */
public final class ChronologyBenchmark {

	/** Our own target (no issue sets one): a responder on a doorstep waits under half a second. */
	static final double LIMIT_MS = 500;

	public static void main(String[] args) throws Exception {
		int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int openings = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("sightline-chronology-bench");
		ConfigurableApplicationContext app = SpringApplication.run(Application.class,
				"--sightline.embedded-db.dir=" + work.resolve("pg"), "--server.port=0", "--sightline.demo=false",
				"--logging.level.root=WARN");
		try {
			EncounterManagement encounters = app.getBean(EncounterManagement.class);
			AssessmentManagement assessments = app.getBean(AssessmentManagement.class);
			RoutingManagement routing = app.getBean(RoutingManagement.class);
			Chronology chronology = app.getBean(Chronology.class);
			long started = System.nanoTime();
			PersonId person = TestActors.as(TestActors.RESPONDER, () -> {
				PersonId linked = null;
				for (int i = 0; i < contacts; i++) {
					Instant at = Instant.now().minus(contacts - i, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
					RecordEncounter.PersonDetails subject = new RecordEncounter.PersonDetails("SUBJECT", "Bethan",
							"Llewellyn", null, LocalDate.of(1996, 8, 21), null, List.of("MENTAL_ILL_HEALTH"), List.of(),
							List.of(), List.of(), null, null, List.of(), null);
					EncounterView e = encounters.record(TestActors.RESPONDER, new RecordEncounter("EMERGENCY_CALL", at,
							new Location("Bridge", null, null), i % 3 == 0 ? "MISSING_PERSON" : "CONCERN_FOR_WELFARE",
							"Contact " + i, List.of(subject)), Optional.empty()).encounter();
					linked = new PersonId(e.people().get(0).personId());
					EncounterId id = new EncounterId(e.id());
					assessments.record(TestActors.RESPONDER, id, AssessmentFixtures
						.initial(List.of(new RecordAssessment.PersonRisk(e.people().get(0).id(), "MEDIUM"))));
					routing.decide(TestActors.RESPONDER, id,
							new RoutingManagement.Decide(null, null, null, null, null, null));
				}
				return linked;
			});
			System.out.printf(Locale.ROOT, "recorded %d contacts with an assessment and a routing decision each in %.1f s%n",
					contacts, (System.nanoTime() - started) / 1e9);

			double[] times = new double[openings];
			int entries = 0;
			for (int i = -5; i < openings; i++) {
				long t = System.nanoTime();
				Chronology.PersonChronology page = TestActors.as(TestActors.HANDLER,
						() -> chronology.open(TestActors.HANDLER, person, "benchmark"));
				double ms = (System.nanoTime() - t) / 1e6;
				if (i >= 0) {
					times[i] = ms;
					entries = page.entries().size();
				}
			}
			Arrays.sort(times);
			double p50 = times[(int) Math.ceil(0.50 * openings) - 1];
			double p95 = times[(int) Math.ceil(0.95 * openings) - 1];
			System.out.printf(Locale.ROOT, "%d openings (after 5 warm-up), %d entries each%n", openings, entries);
			System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, max %.1f%n", p50, p95, times[openings - 1]);
			System.out.printf(Locale.ROOT, "target: p95 under %.0f ms: %s (p95 %.1f ms)%n", LIMIT_MS,
					p95 < LIMIT_MS ? "MET" : "MISSED", p95);
		}
		finally {
			app.close();
		}
	}
}
