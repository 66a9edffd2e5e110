package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.shared.Agency;
import org.sightline.shared.ReferralsDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Referrals due" has one source of truth: what the latest assessment and routing decision call
 * for, less the agencies already sent a referral from the encounter. Every section of the encounter
 * page lists the same set, and an agency leaves it once its referral is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReferralsDueTests {

	static final Pattern DUE = Pattern.compile("id=\"(assessment|routing|referral)-referrals-due\"(.*?)</div>", Pattern.DOTALL);
	static final Pattern ITEM = Pattern.compile(">Refer to ([^<]+)</a>");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralsDue referralsDue;

	@Autowired
	UserDetailsService users;

	String post(String path, String json) throws Exception {
		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(httpBasic("responder", "demo-password")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}

	/** An assessed domestic abuse encounter with a child present, and a routing decision on it. */
	String assessedAndRouted() throws Exception {
		String encounter = post("/api/v1/encounters", EncounterFixtures.CONTRACT_EXAMPLE_JSON);
		String id = JsonPath.read(encounter, "$.id");
		post("/api/v1/encounters/" + id + "/assessments", AssessmentFixtures.initialJson(JsonPath.read(encounter, "$.people[0].id"),
				JsonPath.read(encounter, "$.people[1].id")));
		post("/api/v1/encounters/" + id + "/routing-decisions", "{}");
		return encounter;
	}

	/** Each section's list of referrals due on the encounter page, by section. */
	java.util.Map<String, List<String>> dueBySection(String encounterId) throws Exception {
		String page = mvc.perform(get("/encounters/" + encounterId).with(user(users.loadUserByUsername("responder"))))
			.andReturn().getResponse().getContentAsString();
		java.util.Map<String, List<String>> sections = new java.util.TreeMap<>();
		Matcher section = DUE.matcher(page);
		while (section.find()) {
			List<String> agencies = new ArrayList<>();
			Matcher item = ITEM.matcher(section.group(2));
			while (item.find()) {
				agencies.add(item.group(1));
			}
			sections.put(section.group(1), agencies);
		}
		return sections;
	}

	@Test
	void every_section_of_the_encounter_page_lists_the_same_referrals_due() throws Exception {
		String encounter = assessedAndRouted();
		var sections = dueBySection(JsonPath.read(encounter, "$.id"));
		assertThat(sections).containsOnlyKeys("assessment", "routing", "referral");
		assertThat(sections.get("assessment")).as("something is due for a child at a domestic abuse incident").isNotEmpty();
		assertThat(sections.get("routing")).isEqualTo(sections.get("assessment"));
		assertThat(sections.get("referral")).isEqualTo(sections.get("assessment"));
	}

	@Test
	void a_referral_once_sent_is_no_longer_due_and_a_draft_still_is() throws Exception {
		String encounter = assessedAndRouted();
		String id = JsonPath.read(encounter, "$.id");
		List<Agency> due = ReferralIntegrationTests.as(PartnerScenarios.RESPONDER,
				() -> referralsDue.forEncounter(PartnerScenarios.RESPONDER, UUID.fromString(id)));
		assertThat(due).isNotEmpty().doesNotContain(Agency.POLICE);
		Agency first = due.get(0);
		String referral = """
				{ "encounterId": "%s", "agency": "%s", "personIds": ["%s"], "reason": "Called for by the assessment",
				  "dataItems": ["AGES"], "lawfulBasis": "DPA_PART3_S35_SCHED8_SAFEGUARDING", "consentStatus": "NOT_SOUGHT_PREJUDICE",
				  "consentRationale": "Would alert the suspect", "send": %s }
				""";
		String person = JsonPath.read(encounter, "$.people[1].id");

		post("/api/v1/referrals", referral.formatted(id, first.name(), person, "false"));
		assertThat(ReferralIntegrationTests.as(PartnerScenarios.RESPONDER,
				() -> referralsDue.forEncounter(PartnerScenarios.RESPONDER, UUID.fromString(id))))
			.as("a draft has not been sent: still due").contains(first);

		post("/api/v1/referrals", referral.formatted(id, first.name(), person, "true"));
		List<Agency> after = ReferralIntegrationTests.as(PartnerScenarios.RESPONDER,
				() -> referralsDue.forEncounter(PartnerScenarios.RESPONDER, UUID.fromString(id)));
		assertThat(after).doesNotContain(first).containsExactlyElementsOf(due.subList(1, due.size()));

		var sections = dueBySection(id);
		String label = switch (first) {
			case CHILDRENS_SOCIAL_CARE -> "Children’s social care";
			case MARAC -> "MARAC";
			case IDVA -> "IDVA service";
			default -> first.name();
		};
		assertThat(sections.values()).hasSize(3).allSatisfy(list -> assertThat(list).doesNotContain(label));
	}
}
