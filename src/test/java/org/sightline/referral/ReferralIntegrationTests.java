package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.MutableClock;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Role;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class ReferralIntegrationTests {

	static final Actor RESPONDER = actor("responder", Role.RESPONDER, null);
	static final Actor PARTNER_CSC = actor("partner-csc", Role.PARTNER_PRACTITIONER, "CHILDRENS_SOCIAL_CARE");
	static final Actor PARTNER_ASC = actor("partner-asc", Role.PARTNER_PRACTITIONER, "ADULT_SOCIAL_CARE");
	static final Actor SUPERVISOR = actor("supervisor", Role.SUPERVISOR, null);

	@Autowired
	ReferralManagement referrals;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayAfternoon() {
		clock.setTo(TestClock.FRIDAY_AFTERNOON);
	}

	static Actor actor(String name, Role role, String agency) {
		return new Actor(name, name, Set.of(role), Optional.ofNullable(agency));
	}

	static <T> T as(Actor actor, java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor.username(),
				null, AuthorityUtils.createAuthorityList(actor.roles().stream().map(Role::authority).toArray(String[]::new))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	EncounterView encounter() {
		return as(RESPONDER, () -> encounters.record(RESPONDER,
				EncounterFixtures.encounter(Instant.now(clock).minus(1, ChronoUnit.HOURS)), Optional.empty()).encounter());
	}

	static CreateReferral childReferral(EncounterView e, String agency, List<String> items) {
		return new CreateReferral(e.id(), agency, List.of(e.people().get(1).id()), "Child present at a domestic abuse incident",
				"Six-year-old heard shouting; mother afraid", items, "CHILDREN_ACT_2004_S11", "NOT_SOUGHT_PREJUDICE",
				"Asking the suspected abuser could put the child at risk", true);
	}

	long rows() {
		return jdbc.sql("select count(*) from referral.referral").query(Long.class).single();
	}

	@Test
	void a_sent_referral_is_acknowledged_accepted_and_closed_by_the_partner_with_every_step_recorded() {
		EncounterView e = encounter();
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("NAMES", "AGES"))));
		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.reference()).matches("REF-\\d{4}-\\d{6}");
		// Working Together: children's social care acknowledge within one working day of the referral;
		// sent late on a Friday, the weekend does not count
		assertThat(sent.sentAt()).isEqualTo(Instant.parse("2100-12-03T16:30:00Z"));
		assertThat(sent.ackDueAt()).isEqualTo(Instant.parse("2100-12-06T16:30:00Z"));
		assertThat(sent.decisionDueAt()).isEqualTo(Instant.parse("2100-12-06T16:30:00Z"));

		as(PARTNER_CSC, () -> referrals.acknowledge(PARTNER_CSC, sent.id()));
		as(PARTNER_CSC, () -> referrals.accept(PARTNER_CSC, sent.id(), "Allocated to the duty social worker"));
		ReferralView closed = as(PARTNER_CSC, () -> referrals.recordOutcome(PARTNER_CSC, sent.id(), "Child and family assessment started"));

		assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo("Child and family assessment started");
		assertThat(closed.history()).extracting(ReferralView.Step::status).containsExactly(ReferralStatus.DRAFT,
				ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED,
				ReferralStatus.CLOSED);
		assertThat(audit.entriesFor("REFERRAL", sent.id().toString())).extracting(AuditEntry::action)
			.contains(AuditAction.COLLECTION, AuditAction.DISCLOSURE, AuditAction.ALTERATION);
	}

	@Test
	void a_referral_sent_at_the_weekend_counts_its_working_days_from_nine_on_monday_and_skips_bank_holidays() {
		clock.setTo(Instant.parse("2100-12-04T11:00:00Z")); // Saturday
		EncounterView e = encounter();
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("NAMES"))));
		assertThat(sent.ackDueAt()).as("one working day after Monday 09:00").isEqualTo(Instant.parse("2100-12-07T09:00:00Z"));

		// Christmas Day 2100 is a Saturday: the bank holidays move to Monday 27 and Tuesday 28 December
		clock.setTo(Instant.parse("2100-12-24T15:00:00Z"));
		EncounterView christmasEve = encounter();
		ReferralView beforeChristmas = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(christmasEve, "CHILDRENS_SOCIAL_CARE", List.of("NAMES"))));
		assertThat(beforeChristmas.ackDueAt()).isEqualTo(Instant.parse("2100-12-29T15:00:00Z"));
	}

	@Test
	void a_partner_sees_only_the_items_that_were_shared() {
		EncounterView e = encounter();
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("AGES"))));
		ReferralView seen = as(PARTNER_CSC, () -> referrals.view(PARTNER_CSC, sent.id()));
		assertThat(seen.shared().people()).singleElement().satisfies(p -> {
			assertThat(p.name()).isNull();
			assertThat(p.ageYears()).isEqualTo(6);
		});
		assertThat(seen.shared().narrative()).isNull();
		assertThat(seen.shared().location()).isNull();
		assertThat(seen.encounterId()).isNull();
		assertThat(seen.createdBy()).isNull();
		assertThat(seen.history()).as("no police usernames in what a partner sees")
			.isNotEmpty()
			.filteredOn(step -> step.status() == ReferralStatus.DRAFT || step.status() == ReferralStatus.SENT)
			.allSatisfy(step -> assertThat(step.by()).isNull());
	}

	@Test
	void a_partner_of_another_agency_gets_not_found_changes_nothing_and_is_audited() {
		EncounterView e = encounter();
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("NAMES"))));
		assertThatThrownBy(() -> as(PARTNER_ASC, () -> referrals.view(PARTNER_ASC, sent.id())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(PARTNER_ASC, () -> referrals.accept(PARTNER_ASC, sent.id(), null)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(as(RESPONDER, () -> referrals.view(RESPONDER, sent.id())).status()).isEqualTo(ReferralStatus.SENT);
		assertThat(audit.entriesFor("REFERRAL", sent.id().toString()))
			.filteredOn(a -> a.action() == AuditAction.REFUSAL)
			.extracting(AuditEntry::actor)
			.containsExactly("partner-asc", "partner-asc");
		assertThat(as(PARTNER_ASC, () -> referrals.list(PARTNER_ASC, Optional.of(Agency.CHILDRENS_SOCIAL_CARE), Optional.empty())))
			.isEmpty();
		assertThat(as(PARTNER_ASC, () -> referrals.list(PARTNER_ASC, Optional.empty(), Optional.empty())))
			.allMatch(r -> r.receivingAgency() == Agency.ADULT_SOCIAL_CARE);
	}

	@Test
	void a_list_of_referrals_is_audited_with_who_read_it_what_was_asked_and_how_many() {
		int listed = as(PARTNER_ASC, () -> referrals.list(PARTNER_ASC, Optional.empty(), Optional.of(ReferralStatus.SENT))).size();
		assertThat(audit.entriesFor("REFERRAL", "list")).last().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("partner-asc");
			assertThat(entry.action()).isEqualTo(AuditAction.CONSULTATION);
			assertThat(entry.detail()).isEqualTo("agency=any; status=SENT; count=" + listed);
		});
	}

	@Test
	void a_referral_without_a_lawful_basis_or_data_items_or_to_an_unknown_agency_is_refused_and_stores_nothing() {
		EncounterView e = encounter();
		long before = rows();
		var bad = new CreateReferral(e.id(), "COASTGUARD", List.of(e.people().get(1).id()), "Reason", null, List.of(), null,
				"REFUSED", null, true);
		assertThatThrownBy(() -> as(RESPONDER, () -> referrals.create(RESPONDER, bad)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).violations()).extracting(v -> v.field())
				.containsExactlyInAnyOrder("agency", "dataItems", "lawfulBasis", "consentRationale"));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void a_decline_without_a_reason_is_refused_and_a_revoked_referral_cannot_be_accepted() {
		EncounterView e = encounter();
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("NAMES"))));
		assertThatThrownBy(() -> as(PARTNER_CSC, () -> referrals.decline(PARTNER_CSC, sent.id(), "")))
			.isInstanceOf(InvalidInputException.class);
		as(SUPERVISOR, () -> referrals.revoke(SUPERVISOR, sent.id(), "Sent before the strategy discussion"));
		assertThatThrownBy(() -> as(PARTNER_CSC, () -> referrals.accept(PARTNER_CSC, sent.id(), null)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("revoked");
	}

	@Test
	void a_second_MARAC_referral_about_the_same_person_within_12_months_is_flagged_as_a_repeat() {
		EncounterView first = encounter();
		EncounterView second = encounter();
		for (EncounterView e : List.of(first, second)) {
			as(RESPONDER, () -> referrals.create(RESPONDER, new CreateReferral(e.id(), "MARAC", List.of(e.people().get(0).id()),
					"High-risk domestic abuse", null, List.of("NAMES", "RISK"), "DPA_PART3_S35_SCHED8_SAFEGUARDING",
					"NOT_SOUGHT_PREJUDICE", "Victim at high risk", true)));
		}
		List<ReferralManagement.MaracCase> list = as(SUPERVISOR, () -> referrals.maracList(SUPERVISOR));
		List<ReferralManagement.MaracCase> taylor = list.stream()
			.filter(c -> c.referral().encounterId().equals(first.id()) || c.referral().encounterId().equals(second.id()))
			.toList();
		assertThat(taylor).hasSize(2);
		assertThat(taylor).filteredOn(ReferralManagement.MaracCase::repeat).isNotEmpty();
	}

	@Autowired
	org.sightline.person.PersonMerging merging;

	EncounterView encounterAbout(String given, String family, java.time.LocalDate born) {
		RecordEncounter command = EncounterFixtures.encounter(Instant.now(clock).minus(1, ChronoUnit.HOURS),
				new RecordEncounter.PersonDetails("VICTIM", given, family, null, born, null, List.of(), List.of(),
						List.of(), List.of(), null, null, List.of(), null));
		return as(RESPONDER, () -> encounters.record(RESPONDER, command, Optional.empty()).encounter());
	}

	void maracReferral(EncounterView e) {
		as(RESPONDER, () -> referrals.create(RESPONDER, new CreateReferral(e.id(), "MARAC", List.of(e.people().get(0).id()),
				"High-risk domestic abuse", null, List.of("NAMES", "RISK"), "DPA_PART3_S35_SCHED8_SAFEGUARDING",
				"NOT_SOUGHT_PREJUDICE", "Victim at high risk", true)));
	}

	boolean repeat(EncounterView e) {
		return as(SUPERVISOR, () -> referrals.maracList(SUPERVISOR)).stream()
			.filter(c -> c.referral().encounterId().equals(e.id()))
			.findFirst()
			.orElseThrow()
			.repeat();
	}

	@Test
	void a_marac_repeat_is_the_same_linked_person_not_the_same_name() {
		java.time.LocalDate born = java.time.LocalDate.of(1984, 6, 30);
		// two people who share a name but not a date of birth are different people
		EncounterView one = encounterAbout("Kerry", "Vaughan-Lloyd", born);
		EncounterView namesake = encounterAbout("Kerry", "Vaughan-Lloyd", java.time.LocalDate.of(2001, 1, 12));
		maracReferral(one);
		maracReferral(namesake);
		assertThat(repeat(namesake)).isFalse();

		// the same person under a married name is a repeat once the records are merged
		EncounterView married = encounterAbout("Kerry", "Oduya", born);
		maracReferral(married);
		assertThat(repeat(married)).isFalse();
		as(SUPERVISOR, () -> merging.merge(SUPERVISOR, new org.sightline.person.PersonId(one.people().get(0).personId()),
				new org.sightline.person.PersonId(married.people().get(0).personId()), "Same person, married name"));
		assertThat(repeat(married)).isTrue();
	}

	@Test
	void an_unanswered_referral_goes_to_the_supervisor_when_its_acknowledgement_falls_due() {
		EncounterView e = encounter();
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("NAMES"))));
		referrals.due(sent.id() + "|ACK");
		assertThat(jdbc.sql("select count(*) from supervision.review_item where subject_id = :id and reason_code = 'REFERRAL_ACK_OVERDUE'")
			.param("id", sent.id().toString()).query(Long.class).single()).isEqualTo(1);
		as(PARTNER_CSC, () -> referrals.acknowledge(PARTNER_CSC, sent.id()));
		referrals.due(sent.id() + "|ACK");
		referrals.due(sent.id() + "|DECISION");
		assertThat(jdbc.sql("select count(*) from supervision.review_item where subject_id = :id")
			.param("id", sent.id().toString()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void an_unknown_referral_is_not_found() {
		assertThatThrownBy(() -> as(RESPONDER, () -> referrals.view(RESPONDER, UUID.randomUUID())))
			.isInstanceOf(RecordNotFoundException.class);
	}
}
