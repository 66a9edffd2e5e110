package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterManagement;
import org.sightline.identity.CurrentActor;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.routing.internal.AgreementSimulation;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The simulation on generated encounters with a known answer: a draft that makes police lead on
 * mental-health welfare concerns and hands missing persons to adult social care moves exactly
 * those encounters, and their officer hours.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AgreementSimulationTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	AgreementSimulation simulation;

	static PartnershipAgreement draft() {
		String national = new String(readNational());
		String yaml = national.replace("version: \"2023-07-26\"", "version: \"draft-1\"")
			.replace("    primary: MENTAL_HEALTH_SERVICE\n    policeAttendance: WHEN_THRESHOLD_MET\n    note: \"Mental health crisis",
					"    primary: POLICE\n    policeAttendance: ALWAYS\n    note: \"Mental health crisis")
			.replace("    situation: MISSING_PERSON\n    primary: POLICE\n    policeAttendance: ALWAYS",
					"    situation: MISSING_PERSON\n    primary: ADULT_SOCIAL_CARE\n    policeAttendance: WHEN_THRESHOLD_MET");
		PartnershipAgreement parsed = AgreementYaml.read(yaml);
		assertThat(parsed.clauses()).filteredOn(c -> c.id().equals("welfare-mental-health"))
			.singleElement().extracting(c -> c.policeAttendance().name()).isEqualTo("ALWAYS");
		assertThat(parsed.clauses()).filteredOn(c -> c.id().equals("missing"))
			.singleElement().extracting(c -> c.policeAttendance().name()).isEqualTo("WHEN_THRESHOLD_MET");
		return parsed;
	}

	static byte[] readNational() {
		try (var in = AgreementYaml.class.getClassLoader().getResourceAsStream(AgreementYaml.NATIONAL_RCRP)) {
			return in.readAllBytes();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	AgreementSimulation.Row row(AgreementSimulation.Result result, Situation situation) {
		return result.rows().stream().filter(r -> r.situation() == situation).findFirst()
			.orElse(new AgreementSimulation.Row(situation, 0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	@WithUserDetails("supervisor")
	void a_draft_moves_exactly_the_encounters_and_officer_hours_it_should() {
		Actor supervisor = CurrentActor.require();
		Instant from = Instant.now().minus(7, ChronoUnit.DAYS);
		Instant to = Instant.now().plus(1, ChronoUnit.HOURS);
		PartnershipAgreement draft = draft();
		AgreementSimulation.Result before = simulation.simulate(supervisor, draft, from, to);

		for (int i = 0; i < 6; i++) {
			RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "CONCERN_FOR_WELFARE", 30 + i,
					List.of("MENTAL_ILL_HEALTH"), List.of(), "MEDIUM");
		}
		for (int i = 0; i < 4; i++) {
			RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "MISSING_PERSON", 40 + i,
					List.of("LEARNING_DISABILITY"), List.of(), "MEDIUM");
		}
		for (int i = 0; i < 3; i++) {
			RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "DOMESTIC_ABUSE", 25 + i, List.of(),
					List.of(), "LOW");
		}
		AgreementSimulation.Result after = simulation.simulate(supervisor, draft, from, to);

		var welfare = delta(row(before, Situation.CONCERN_FOR_WELFARE), row(after, Situation.CONCERN_FOR_WELFARE));
		assertThat(welfare).containsExactly(6, 6, 0, 6);
		var missing = delta(row(before, Situation.MISSING_PERSON), row(after, Situation.MISSING_PERSON));
		assertThat(missing).containsExactly(4, 4, 4, 0);
		var domestic = delta(row(before, Situation.DOMESTIC_ABUSE), row(after, Situation.DOMESTIC_ABUSE));
		assertThat(domestic).containsExactly(3, 0, 0, 0);

		double hoursToPolice = row(after, Situation.CONCERN_FOR_WELFARE).officerHoursToPolice()
				- row(before, Situation.CONCERN_FOR_WELFARE).officerHoursToPolice();
		double hoursFromPolice = row(after, Situation.MISSING_PERSON).officerHoursFromPolice()
				- row(before, Situation.MISSING_PERSON).officerHoursFromPolice();
		assertThat(hoursToPolice).isEqualTo(6 * 2.5);
		assertThat(hoursFromPolice).isEqualTo(4 * 6.0);
		assertThat(after.draft().version()).isEqualTo("draft-1");
		assertThat(after.current().id()).isEqualTo("national-rcrp");
		assertThat(after.csv(key -> key)).startsWith("breakdown,name,encounters,routed_differently")
			.contains("\nsituation,Total,");
		assertThat(after.agencies()).as("missing persons would be led by adult social care")
			.anySatisfy(a -> assertThat(a.agency()).contains(org.sightline.shared.Agency.ADULT_SOCIAL_CARE));
	}

	@Test
	@WithUserDetails("analyst")
	void one_day_under_a_clause_keyed_on_one_fact_is_refused_so_nobody_can_be_singled_out() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS);
		assertThatThrownBy(() -> simulation.simulate(CurrentActor.require(), draft(), start, start.plus(1, ChronoUnit.DAYS)))
			.isInstanceOf(org.sightline.shared.InvalidInputException.class)
			.hasMessageContaining("at least 7 days");
	}

	@Test
	void counts_under_five_are_never_shown_and_nothing_reveals_them() {
		var oneMoved = new AgreementSimulation.Row(Situation.CONCERN_FOR_WELFARE, 40, 1, 1, 0, 2.5, 2.5, 0);
		var many = new AgreementSimulation.Row(Situation.MISSING_PERSON, 60, 12, 12, 0, 6.0, 72.0, 0);
		var result = new AgreementSimulation.Result(null, null, Instant.now(), Instant.now(), List.of(oneMoved, many),
				new org.sightline.shared.SmallCounts(5));

		List<AgreementSimulation.ShownRow> shown = result.shown();
		assertThat(shown.get(0).movedToPartners()).isEqualTo("fewer than 5");
		assertThat(shown.get(0).netOfficerHoursSaved()).as("hours would reveal the one person moved").isEqualTo("withheld");
		assertThat(shown.get(1).movedToPartners()).as("withheld so the small one cannot be worked out from the total")
			.isEqualTo("withheld");
		assertThat(shown.get(2).movedToPartners()).isEqualTo("13");
		assertThat(shown.get(0).encounters()).isEqualTo("40");
		assertThat(result.csv(key -> key.equals("situation.CONCERN_FOR_WELFARE") ? "Concern for welfare" : key))
			.contains("situation,Concern for welfare,40,fewer than 5,fewer than 5,fewer than 5,withheld")
			.doesNotContain(",1,");
	}

	@Test
	void counts_under_five_are_withheld_by_agency_too_and_the_hours_that_would_reveal_them() {
		var mentalHealth = new AgreementSimulation.AgencyRow(Optional.of(org.sightline.shared.Agency.MENTAL_HEALTH_SERVICE),
				12, 12, 0, 30.0, 0);
		var adultSocialCare = new AgreementSimulation.AgencyRow(Optional.of(org.sightline.shared.Agency.ADULT_SOCIAL_CARE),
				2, 2, 0, 12.0, 0);
		var result = new AgreementSimulation.Result(null, null, Instant.now(), Instant.now(), List.of(),
				List.of(mentalHealth, adultSocialCare), new org.sightline.shared.SmallCounts(5));

		var shown = result.shownAgencies();
		assertThat(shown.get(1).routedDifferently()).isEqualTo("fewer than 5");
		assertThat(shown.get(0).routedDifferently()).as("withheld so the small one cannot be worked out from the total")
			.isEqualTo("withheld");
		assertThat(shown.get(2).total()).isTrue();
		assertThat(shown.get(2).routedDifferently()).isEqualTo("14");
		assertThat(shown).extracting(AgreementSimulation.ShownAgencyRow::netOfficerHoursSaved).containsOnly("withheld");
		assertThat(result.csv(key -> key)).contains("agency that would lead,agency.ADULT_SOCIAL_CARE,,fewer than 5,")
			.doesNotContain(",2,", ",12,");
	}

	@Test
	void the_csv_neutralises_what_a_spreadsheet_would_run_as_a_formula_and_keeps_a_negative_figure_a_number() {
		var moreToPolice = new AgreementSimulation.Row(Situation.CONCERN_FOR_WELFARE, 40, 15, 5, 10, 2.5, 12.5, 25.0);
		var result = new AgreementSimulation.Result(null, null, Instant.now(), Instant.now(), List.of(moreToPolice),
				new org.sightline.shared.SmallCounts(5));

		String csv = result.csv(key -> key.startsWith("situation.") ? "=HYPERLINK(\"http://x\")" : key);
		assertThat(csv).contains("situation,\"'=HYPERLINK(\"\"http://x\"\")\",40,15,5,10,-12.5");
	}

	static int[] delta(AgreementSimulation.Row before, AgreementSimulation.Row after) {
		return new int[] { after.encounters() - before.encounters(), after.routedDifferently() - before.routedDifferently(),
				after.movedToPartners() - before.movedToPartners(), after.movedToPolice() - before.movedToPolice() };
	}

	@Test
	void only_supervisors_analysts_and_administrators_may_simulate() {
		Actor partner = new Actor("partner-csc", "P", Set.of(Role.PARTNER_PRACTITIONER), Optional.of("CHILDRENS_SOCIAL_CARE"));
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("partner-csc",
						null, org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_PARTNER_PRACTITIONER")));
		try {
			org.assertj.core.api.Assertions.assertThatThrownBy(
					() -> simulation.simulate(partner, draft(), Instant.now().minusSeconds(60), Instant.now()))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}
}
