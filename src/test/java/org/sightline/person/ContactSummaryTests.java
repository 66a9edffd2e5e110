package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Situation;

/** The cumulative summary shown at intake: contacts in the window, counted by kind, most first. */
class ContactSummaryTests {

	static PersonLink contact(Situation situation, String role) {
		return new PersonLink(UUID.randomUUID(), PersonId.random(), UUID.randomUUID(), UUID.randomUUID(), "ENC-2026-000001",
				Instant.now(), situation, role, LinkMethod.AUTOMATIC, 25.0, List.of(), "handler", Instant.now());
	}

	@Test
	void the_three_mental_health_situations_count_together_and_domestic_abuse_names_the_role() {
		ContactSummary summary = ContactSummary.of(List.of(contact(Situation.MENTAL_HEALTH_CONVEYANCE, "SUBJECT"),
				contact(Situation.SECTION_136_PLACE_OF_SAFETY, "SUBJECT"),
				contact(Situation.AWOL_FROM_MENTAL_HEALTH_UNIT, "SUBJECT"), contact(Situation.DOMESTIC_ABUSE, "VICTIM"),
				contact(Situation.MISSING_PERSON, "SUBJECT")), Duration.ofDays(90), 7);

		assertThat(summary.text()).isEqualTo("5 contacts in 90 days: 3 mental health, 1 domestic abuse victim, 1 missing");
	}

	@Test
	void a_person_mentioned_twice_in_one_encounter_is_one_contact() {
		PersonLink asCaller = contact(Situation.CONCERN_FOR_WELFARE, "CALLER");
		PersonLink asSubject = new PersonLink(UUID.randomUUID(), asCaller.linkedTo(), UUID.randomUUID(),
				asCaller.encounterId(), asCaller.encounterReference(), asCaller.occurredAt(), asCaller.situation(),
				"SUBJECT", LinkMethod.AUTOMATIC, 26.0, List.of(), "handler", Instant.now());

		ContactSummary summary = ContactSummary.ofContacts(List.of(asCaller, asSubject), Instant.now(), Duration.ofDays(90));

		assertThat(summary.text()).isEqualTo("1 contact in 90 days: 1 concern for welfare");
		assertThat(summary.total()).isEqualTo(1);
	}

	@Test
	void no_recent_contacts_says_how_many_there_were_in_all() {
		assertThat(ContactSummary.of(List.of(), Duration.ofDays(90), 4).text()).isEqualTo("0 contacts in 90 days (4 in all)");
		assertThat(ContactSummary.of(List.of(), Duration.ofDays(90), 0).text()).isEqualTo("0 contacts in 90 days");
		assertThat(ContactSummary.of(List.of(contact(Situation.OTHER, "WITNESS")), Duration.ofDays(30), 1).text())
			.isEqualTo("1 contact in 30 days: 1 other");
	}
}
