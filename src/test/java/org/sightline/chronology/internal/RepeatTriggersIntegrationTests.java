package org.sightline.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sightline.chronology.TriggerFiring;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.person.PersonId;
import org.sightline.person.PersonMerging;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.ReferralManagement;
import org.sightline.TestActors;
import org.sightline.shared.Actor;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Repeat and cumulative triggers fire on recorded encounters against the real database: each
 * firing is stored for the chronology and raised to the supervision queue with its reason.
 */
@SpringBootTest
class RepeatTriggersIntegrationTests {

	static final Actor RESPONDER = TestActors.RESPONDER;

	static final Actor SUPERVISOR = TestActors.SUPERVISOR;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	RepeatTriggers triggers;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	PersonMerging merging;

	static <T> T as(Actor actor, Supplier<T> work) {
		return TestActors.as(actor, work);
	}

	static String uniqueSurname(String stem) {
		return TestActors.uniqueSurname(stem);
	}

	EncounterView record(String situation, int daysAgo, String role, String given, String family, LocalDate born) {
		RecordEncounter base = EncounterFixtures.encounter(Instant.now().minus(daysAgo, ChronoUnit.DAYS),
				new RecordEncounter.PersonDetails(role, given, family, null, born, null, List.of(), List.of(), List.of(),
						List.of(), null, null, List.of(), null));
		RecordEncounter command = new RecordEncounter(base.source(), base.occurredAt(), base.location(), situation,
				base.narrative(), base.people());
		return as(RESPONDER, () -> encounters.record(RESPONDER, command, Optional.empty()).encounter());
	}

	List<TriggerFiring> firings(EncounterView e) {
		return triggers.firingsFor(List.of(new PersonId(e.people().get(0).personId())));
	}

	List<ReviewItem> items(EncounterView e) {
		return as(SUPERVISOR,
				() -> supervision.itemsFor(RepeatTriggers.SUBJECT, e.people().get(0).personId().toString()));
	}

	@Test
	void a_third_domestic_abuse_incident_in_twelve_months_fires_marac_potential_escalation() {
		String surname = uniqueSurname("Ashworth");
		LocalDate born = LocalDate.of(1990, 5, 17);
		record("DOMESTIC_ABUSE", 300, "VICTIM", "Leah", surname, born);
		EncounterView second = record("DOMESTIC_ABUSE", 120, "VICTIM", "Leah", surname, born);
		assertThat(firings(second)).extracting(TriggerFiring::ruleCode).doesNotContain("MARAC_POTENTIAL_ESCALATION");

		EncounterView third = record("DOMESTIC_ABUSE", 1, "VICTIM", "Leah", surname, born);

		assertThat(firings(third)).filteredOn(f -> f.ruleCode().equals("MARAC_POTENTIAL_ESCALATION"))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.encounterId()).isEqualTo(third.id());
				assertThat(f.reason()).startsWith("3 domestic abuse incidents in 12 months");
			});
		assertThat(items(third)).anySatisfy(item -> {
			assertThat(item.reasonCode()).isEqualTo("MARAC_POTENTIAL_ESCALATION");
			assertThat(item.reason()).contains(third.reference());
			assertThat(item.open()).isTrue();
		});
	}

	@Test
	void a_count_rule_flags_a_pattern_once_in_its_window_not_on_every_further_contact() {
		String surname = uniqueSurname("Blakemore");
		LocalDate born = LocalDate.of(1982, 3, 3);
		record("CONCERN_FOR_WELFARE", 80, "SUBJECT", "Iwan", surname, born);
		record("CONCERN_FOR_WELFARE", 60, "SUBJECT", "Iwan", surname, born);
		EncounterView third = record("CONCERN_FOR_WELFARE", 40, "SUBJECT", "Iwan", surname, born);
		EncounterView fourth = record("CONCERN_FOR_WELFARE", 20, "SUBJECT", "Iwan", surname, born);

		assertThat(firings(fourth)).filteredOn(f -> f.ruleCode().equals("PROBLEM_SOLVING_REVIEW"))
			.singleElement()
			.satisfies(f -> assertThat(f.encounterId()).isEqualTo(third.id()));
	}

	@Test
	void domestic_abuse_incidents_more_than_twelve_months_apart_do_not_fire() {
		String surname = uniqueSurname("Kendrick");
		LocalDate born = LocalDate.of(1975, 8, 2);
		record("DOMESTIC_ABUSE", 700, "VICTIM", "Tara", surname, born);
		record("DOMESTIC_ABUSE", 400, "VICTIM", "Tara", surname, born);
		EncounterView third = record("DOMESTIC_ABUSE", 1, "VICTIM", "Tara", surname, born);

		assertThat(firings(third)).isEmpty();
		assertThat(items(third)).isEmpty();
	}

	@Test
	void three_contacts_of_any_kind_in_ninety_days_fire_a_problem_solving_review() {
		String surname = uniqueSurname("Lindqvist");
		LocalDate born = LocalDate.of(1961, 12, 1);
		record("CONCERN_FOR_WELFARE", 70, "SUBJECT", "Eric", surname, born);
		record("MEDICAL_INCIDENT", 40, "SUBJECT", "Eric", surname, born);
		EncounterView third = record("MISSING_PERSON", 2, "SUBJECT", "Eric", surname, born);

		assertThat(firings(third)).extracting(TriggerFiring::ruleCode).containsExactly("PROBLEM_SOLVING_REVIEW");
		assertThat(firings(third).get(0).reason()).startsWith("3 contacts in 90 days");
	}

	@Test
	void an_incident_within_twelve_months_of_a_marac_referral_fires_repeat_marac() {
		String surname = uniqueSurname("Oyelaran");
		LocalDate born = LocalDate.of(1993, 2, 9);
		EncounterView first = record("DOMESTIC_ABUSE", 1, "VICTIM", "Funmi", surname, born);
		as(RESPONDER, () -> referrals.create(RESPONDER, new CreateReferral(first.id(), "MARAC",
				List.of(first.people().get(0).id()), "High risk DASH", "Threats to kill", List.of("NAMES"),
				"CDA_S115", "NOT_SOUGHT_PREJUDICE", "Asking could put her at risk", true)));

		EncounterView next = record("CONCERN_FOR_WELFARE", 0, "SUBJECT", "Funmi", surname, born);
		EncounterView another = record("ADULT_AT_RISK", 0, "SUBJECT", "Funmi", surname, born);

		assertThat(firings(another)).filteredOn(f -> f.ruleCode().equals("REPEAT_MARAC"))
			.extracting(TriggerFiring::encounterId)
			.as("every incident after a MARAC referral is a repeat")
			.containsExactlyInAnyOrder(next.id(), another.id());
		assertThat(items(next)).anySatisfy(item -> assertThat(item.reasonCode()).isEqualTo("REPEAT_MARAC"));
	}

	@Test
	void merging_two_records_counts_their_contacts_together_and_fires_what_they_now_meet() {
		LocalDate born = LocalDate.of(1987, 10, 23);
		EncounterView a = record("DOMESTIC_ABUSE", 200, "VICTIM", "Nadia", uniqueSurname("Farouk"), born);
		EncounterView b = record("DOMESTIC_ABUSE", 100, "VICTIM", "Nadia", uniqueSurname("Hassan"), born);
		EncounterView c = record("DOMESTIC_ABUSE", 3, "VICTIM", "Nadia", uniqueSurname("Haddad"), born);
		PersonId survivor = new PersonId(c.people().get(0).personId());
		as(SUPERVISOR, () -> merging.merge(SUPERVISOR, survivor, new PersonId(a.people().get(0).personId()), "Same NHS number"));
		assertThat(triggers.firingsFor(List.of(survivor))).isEmpty();

		as(SUPERVISOR, () -> merging.merge(SUPERVISOR, survivor, new PersonId(b.people().get(0).personId()), "Same NHS number"));

		assertThat(triggers.firingsFor(List.of(survivor))).extracting(TriggerFiring::ruleCode)
			.contains("MARAC_POTENTIAL_ESCALATION");
	}
}
