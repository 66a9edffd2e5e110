package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sightline.shared.Role;
import org.sightline.shared.RoleGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Drives every Sightline endpoint as every role (and as nobody) and checks who gets in. A new
 * endpoint fails this test until it is added to {@link #MATRIX} with the roles that may use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	static final String PASSWORD = "demo-password";
	static final List<String> USERS = List.of("anonymous", "handler", "responder", "supervisor", "hub", "analyst",
			"chief", "admin", "trainer", "wellbeing", "partner-csc");
	static final Set<String> EVERYONE_SIGNED_IN = Set.of("handler", "responder", "supervisor", "hub", "analyst",
			"chief", "admin", "trainer", "wellbeing", "partner-csc");

	/** The role each demo account the matrix signs in as holds. */
	static final Map<String, Role> ROLE_OF = Map.of("handler", Role.CALL_HANDLER, "responder", Role.RESPONDER,
			"supervisor", Role.SUPERVISOR, "hub", Role.SAFEGUARDING_HUB, "analyst", Role.ANALYST, "chief",
			Role.CHIEF_OFFICER, "admin", Role.ADMIN, "trainer", Role.TRAINER, "wellbeing", Role.WELLBEING_LEAD, "partner-csc",
			Role.PARTNER_PRACTITIONER);

	/** The accounts in a role group, as the application defines it (pinned by a test below). */
	static Set<String> usersIn(RoleGroup group) {
		return ROLE_OF.entrySet().stream().filter(account -> group.roles().contains(account.getValue()))
			.map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	static final Set<String> STAFF_WHO_RECORD = usersIn(RoleGroup.STAFF_WHO_RECORD);
	static final Set<String> REFERRAL_PARTIES = usersIn(RoleGroup.REFERRAL_PARTIES);
	static final Set<String> SAFEGUARDING_REVIEWERS = usersIn(RoleGroup.SAFEGUARDING_REVIEWERS);
	static final Set<String> AGREEMENT_SIMULATORS = usersIn(RoleGroup.AGREEMENT_SIMULATORS);
	static final Set<String> DEMAND_READERS = usersIn(RoleGroup.DEMAND_READERS);
	static final Set<String> AGREEMENT_READERS = usersIn(RoleGroup.AGREEMENT_READERS);
	static final Set<String> AUDIT_READERS = usersIn(RoleGroup.AUDIT_READERS);
	static final Set<String> POLICE_STAFF = usersIn(RoleGroup.POLICE_STAFF);
	static final Set<String> TEAM_LEARNING_READERS = usersIn(RoleGroup.TEAM_LEARNING_READERS);
	static final Set<String> TEAM_MANAGERS = usersIn(RoleGroup.TEAM_MANAGERS);
	static final Set<String> PRACTICE_REVIEW_READERS = usersIn(RoleGroup.PRACTICE_REVIEW_READERS);
	static final Set<String> LOCAL_REVIEW_READERS = usersIn(RoleGroup.LOCAL_REVIEW_READERS);
	static final Set<String> LOCAL_REVIEW_KEEPERS = usersIn(RoleGroup.LOCAL_REVIEW_KEEPERS);

	/**
	 * Endpoint (method and pattern) → who may use it. The sample encounter was recorded by "responder"
	 * just now, so it is a live incident that call handlers may read too.
	 */
	static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();
	static {
		MATRIX.put("GET /sign-in", Set.copyOf(USERS));
		MATRIX.put("GET /accessibility", Set.copyOf(USERS));
		MATRIX.put("GET /css/govuk-frontend.css", Set.copyOf(USERS));
		MATRIX.put("GET /css/force.css", Set.copyOf(USERS));
		MATRIX.put("GET /", EVERYONE_SIGNED_IN);
		MATRIX.put("GET /audit", AUDIT_READERS);
		MATRIX.put("GET /sign-in-attempts", Set.of("admin"));
		MATRIX.put("GET /audit/verify", AUDIT_READERS);
		MATRIX.put("GET /audit/export", AUDIT_READERS);
		MATRIX.put("GET /records-review", Set.of("supervisor"));
		MATRIX.put("POST /records-review/{id}", Set.of("supervisor"));
		MATRIX.put("GET /people/{id}/subject-access", Set.of("supervisor"));
		MATRIX.put("POST /people/{id}/restriction", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /people/{id}/restriction/lift", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /audit/anchors", AUDIT_READERS);
		MATRIX.put("GET /encounters", STAFF_WHO_RECORD);
		MATRIX.put("GET /encounters/new", STAFF_WHO_RECORD);
		MATRIX.put("GET /encounters/mine", STAFF_WHO_RECORD);
		MATRIX.put("GET /hub", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /hub/encounters/{id}", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /hub/encounters/{id}", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /encounters/new", STAFF_WHO_RECORD);
		MATRIX.put("GET /encounters/{id}", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/encounters", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/encounters/{id}", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/catalogues", EVERYONE_SIGNED_IN);
		// any account may swap its secret for a token (the matrix's empty JSON body is then a 400)
		MATRIX.put("POST /api/v1/oauth/token", EVERYONE_SIGNED_IN);
		MATRIX.put("GET /people/search", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/people/search", STAFF_WHO_RECORD);
		MATRIX.put("GET /people/{id}", STAFF_WHO_RECORD);
		MATRIX.put("POST /people/{id}/access", STAFF_WHO_RECORD);
		MATRIX.put("GET /people/{id}/merge", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /people/{id}/merge", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /people/{id}/unmerge", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /people/{id}/unmerge", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /people/{id}/details", STAFF_WHO_RECORD);
		MATRIX.put("POST /people/{id}/details", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/people/{id}/details", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/people/{id}/chronology", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/people/{id}/merges", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /api/v1/people/{id}/unmerge", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /api/v1/person-matches", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /api/v1/person-matches/{id}/decision", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /people/matches", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /people/matches/{id}", SAFEGUARDING_REVIEWERS);
		MATRIX.put("POST /people/matches/{id}", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /encounters/{id}/assessments", EVERYONE_SIGNED_IN);
		MATRIX.put("GET /encounters/{id}/assessments/new", STAFF_WHO_RECORD);
		MATRIX.put("POST /encounters/{id}/assessments/new", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/encounters/{id}/assessments", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/encounters/{id}/assessments", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/encounters/{id}/assessments/{version}", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/routing/preview", STAFF_WHO_RECORD);
		MATRIX.put("GET /encounters/{id}/referrals/new", STAFF_WHO_RECORD);
		MATRIX.put("POST /encounters/{id}/referrals/new", STAFF_WHO_RECORD);
		MATRIX.put("GET /referrals", STAFF_WHO_RECORD);
		MATRIX.put("GET /referrals/{id}", STAFF_WHO_RECORD);
		MATRIX.put("POST /referrals/{id}/{step}", REFERRAL_PARTIES);
		MATRIX.put("GET /referrals/{id}/pdf", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/referrals/{id}/fhir", STAFF_WHO_RECORD);
		MATRIX.put("GET /marac", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /partner/referrals", Set.of("partner-csc"));
		MATRIX.put("GET /partner/referrals/{id}", Set.of("partner-csc"));
		MATRIX.put("GET /partner/referrals/{id}/print", Set.of("partner-csc"));
		MATRIX.put("GET /partner/referrals/{id}/pdf", Set.of("partner-csc"));
		MATRIX.put("POST /referrals/{id}/questions", REFERRAL_PARTIES);
		MATRIX.put("GET /api/v1/referrals/{id}/questions", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals/{id}/questions", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/referrals", REFERRAL_PARTIES);
		MATRIX.put("GET /api/v1/referrals/{id}", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals/{id}/send", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/referrals/{id}/acknowledge", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals/{id}/accept", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals/{id}/decline", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals/{id}/outcome", REFERRAL_PARTIES);
		MATRIX.put("POST /api/v1/referrals/{id}/revoke", Set.of("supervisor"));
		MATRIX.put("GET /api/v1/marac/referrals", SAFEGUARDING_REVIEWERS);
		MATRIX.put("GET /simulation", AGREEMENT_SIMULATORS);
		MATRIX.put("GET /demand", DEMAND_READERS);
		MATRIX.put("GET /demand/print", DEMAND_READERS);
		MATRIX.put("GET /demand.csv", DEMAND_READERS);
		MATRIX.put("GET /api/v1/demand", DEMAND_READERS);
		MATRIX.put("POST /routing/decisions/{decisionId}/attendance", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/routing-decisions/{id}/attendance", STAFF_WHO_RECORD);
		MATRIX.put("POST /simulation", AGREEMENT_SIMULATORS);
		MATRIX.put("GET /simulation/csv", AGREEMENT_SIMULATORS);
		MATRIX.put("POST /api/v1/simulations", AGREEMENT_SIMULATORS);
		MATRIX.put("GET /encounters/{id}/routing", STAFF_WHO_RECORD);
		MATRIX.put("POST /encounters/{id}/routing", STAFF_WHO_RECORD);
		MATRIX.put("POST /routing/decisions/{decisionId}/caller-informed", STAFF_WHO_RECORD);
		MATRIX.put("POST /routing/decisions/{decisionId}/arrived", STAFF_WHO_RECORD);
		MATRIX.put("POST /routing/timers/{timerId}/complete", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/encounters/{id}/routing-decisions", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/encounters/{id}/routing-decisions", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/routing-decisions/{id}/caller-informed", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/routing-decisions/{id}/events", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/routing-timers/{id}/complete", STAFF_WHO_RECORD);
		MATRIX.put("GET /supervision", Set.of("supervisor"));
		MATRIX.put("GET /supervision/{id}", Set.of("supervisor"));
		MATRIX.put("POST /supervision/{id}", Set.of("supervisor"));
		MATRIX.put("GET /supervision/{id}/marac-referral", Set.of("supervisor"));
		MATRIX.put("POST /supervision/{id}/marac-referral", Set.of("supervisor"));
		MATRIX.put("GET /partnership/agencies", Set.of("admin"));
		MATRIX.put("GET /partnership/agencies/{code}", Set.of("admin"));
		MATRIX.put("POST /partnership/agencies/{code}", Set.of("admin"));
		MATRIX.put("GET /partnership/agreements", AGREEMENT_READERS);
		MATRIX.put("GET /partnership/agreements/new", Set.of("admin"));
		MATRIX.put("POST /partnership/agreements/new", Set.of("admin"));
		MATRIX.put("GET /partnership/agreements/{id}/{version}", AGREEMENT_READERS);
		MATRIX.put("GET /partnership/agreements/{id}/{version}/export", AGREEMENT_READERS);
		MATRIX.put("GET /partnership/agreements/{id}/{version}/edit", Set.of("admin"));
		MATRIX.put("POST /partnership/agreements/{id}/{version}/edit", Set.of("admin"));
		MATRIX.put("POST /partnership/agreements/{id}/{version}/submit", Set.of("admin"));
		MATRIX.put("GET /partnership/agreements/{id}/{version}/publish", Set.of("admin"));
		MATRIX.put("POST /partnership/agreements/{id}/{version}/publish", Set.of("admin"));
		// learning (#18): the demo accounts are all in the demo team, so its supervisor reads it
		MATRIX.put("GET /learning/me", POLICE_STAFF);
		MATRIX.put("GET /learning/teams", TEAM_MANAGERS);
		MATRIX.put("POST /learning/teams", TEAM_MANAGERS);
		MATRIX.put("GET /learning/teams/{team}", TEAM_LEARNING_READERS);
		MATRIX.put("GET /learning/records/new", Set.of("trainer"));
		MATRIX.put("POST /learning/records/new", Set.of("trainer"));
		MATRIX.put("GET /api/v1/learning/me", POLICE_STAFF);
		MATRIX.put("GET /api/v1/learning/teams/{team}", TEAM_LEARNING_READERS);
		MATRIX.put("POST /api/v1/learning/records", Set.of("trainer"));
		// wellbeing (#18): each person their own (answering with no answer is a 400, so they got in); the
		// team's figures and the conversations only to the wellbeing lead, never a supervisor or an analyst
		MATRIX.put("GET /wellbeing/me", POLICE_STAFF);
		MATRIX.put("POST /wellbeing/prompts/{id}/answer", POLICE_STAFF);
		MATRIX.put("GET /wellbeing/team", Set.of("wellbeing"));
		MATRIX.put("POST /wellbeing/prompts/{id}/conversation", Set.of("wellbeing"));
		MATRIX.put("GET /api/v1/wellbeing/me", POLICE_STAFF);
		MATRIX.put("POST /api/v1/wellbeing/prompts/{id}/answer", POLICE_STAFF);
		MATRIX.put("GET /api/v1/wellbeing/team", Set.of("wellbeing"));
		MATRIX.put("POST /api/v1/wellbeing/prompts/{id}/conversation", Set.of("wellbeing"));
		// "I attended this incident": staff who attend incidents, for an encounter they may read (the sample's)
		MATRIX.put("POST /wellbeing/encounters/{id}/attended", STAFF_WHO_RECORD);
		MATRIX.put("POST /api/v1/wellbeing/encounters/{id}/attended", STAFF_WHO_RECORD);
		// learning from practice: staff who record encounters debrief their own (a supervisor any); the matrix's
		// request names no encounter, so the form lists the person's own encounters and a post is a 400
		MATRIX.put("GET /learning/debriefs", PRACTICE_REVIEW_READERS);
		MATRIX.put("GET /learning/debriefs/new", STAFF_WHO_RECORD);
		MATRIX.put("POST /learning/debriefs/new", STAFF_WHO_RECORD);
		MATRIX.put("GET /learning/digest", Set.of("trainer"));
		MATRIX.put("POST /learning/digest/send", Set.of("trainer"));
		MATRIX.put("GET /api/v1/learning/debriefs", PRACTICE_REVIEW_READERS);
		MATRIX.put("POST /api/v1/learning/debriefs", STAFF_WHO_RECORD);
		MATRIX.put("GET /api/v1/learning/digest", Set.of("trainer"));
		MATRIX.put("POST /api/v1/learning/digest/send", Set.of("trainer"));
		// local reviews: the sample review and recommendation are logged by the trainer
		MATRIX.put("GET /learning/reviews", LOCAL_REVIEW_READERS);
		MATRIX.put("GET /learning/reviews/new", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("POST /learning/reviews/new", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("GET /learning/reviews/{id}/recommendations/new", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("POST /learning/reviews/{id}/recommendations/new", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("POST /learning/reviews/recommendations/{recommendationId}", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("GET /api/v1/learning/reviews", LOCAL_REVIEW_READERS);
		MATRIX.put("POST /api/v1/learning/reviews", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("POST /api/v1/learning/reviews/{id}/recommendations", LOCAL_REVIEW_KEEPERS);
		MATRIX.put("POST /api/v1/learning/reviews/recommendations/{recommendationId}", LOCAL_REVIEW_KEEPERS);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	String sampleEncounterId;

	String sampleReviewItemId;

	String sampleDecisionId;

	String sampleTimerId;

	String sampleReferralId;

	String samplePersonId;

	String sampleMatchId;

	String sampleLocalReviewId;

	String sampleRecommendationId;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.sightline.supervision.SupervisionManagement supervision;

	/** Records one of each record the endpoints act on, so that every endpoint has something to act on. */
	void recordSamples() throws Exception {
		String body = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/encounters")
				.with(httpBasic("responder", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(org.sightline.encounter.EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		sampleEncounterId = com.jayway.jsonpath.JsonPath.read(body, "$.id");
		samplePersonId = com.jayway.jsonpath.JsonPath.read(body, "$.people[0].personId");
		// the same name without a date of birth: a possible match for review
		String nameOnly = com.jayway.jsonpath.JsonPath.read(post("/api/v1/encounters", """
				{ "source": "ON_SCENE", "occurredAt": "2026-11-26T22:00:00Z", "location": { "description": "Mill Lane" },
				  "situation": "CONCERN_FOR_WELFARE", "narrative": "Matrix sample",
				  "people": [ { "role": "SUBJECT", "givenName": "Sam", "familyName": "Taylor" } ] }
				"""), "$.people[0].personId");
		sampleMatchId = jdbc.sql("select id::text from person.match_review where new_person_id = cast(:id as uuid)")
			.param("id", nameOnly)
			.query(String.class)
			.single();
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/encounters/" + sampleEncounterId + "/assessments")
			.with(httpBasic("responder", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(org.sightline.assessment.AssessmentFixtures.initialJson(
					com.jayway.jsonpath.JsonPath.read(body, "$.people[0].id"),
					com.jayway.jsonpath.JsonPath.read(body, "$.people[1].id"))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
		String s136 = org.sightline.encounter.EncounterFixtures.CONTRACT_EXAMPLE_JSON
			.replace("\"DOMESTIC_ABUSE\"", "\"SECTION_136_PLACE_OF_SAFETY\"");
		String s136Body = post("/api/v1/encounters", s136);
		String s136Id = com.jayway.jsonpath.JsonPath.read(s136Body, "$.id");
		post("/api/v1/encounters/" + s136Id + "/assessments", org.sightline.assessment.AssessmentFixtures.initialJson(
				com.jayway.jsonpath.JsonPath.read(s136Body, "$.people[0].id"),
				com.jayway.jsonpath.JsonPath.read(s136Body, "$.people[1].id")));
		sampleDecisionId = com.jayway.jsonpath.JsonPath.read(post("/api/v1/encounters/" + s136Id + "/routing-decisions", "{}"),
				"$.id");
		sampleTimerId = com.jayway.jsonpath.JsonPath.read(post("/api/v1/routing-decisions/" + sampleDecisionId + "/events",
				"{\"fact\": \"ARRIVED_AT_HEALTH_PLACE_OF_SAFETY\"}"), "$.timers[0].id");
		sampleReferralId = com.jayway.jsonpath.JsonPath.read(post("/api/v1/referrals", """
				{ "encounterId": "%s", "agency": "CHILDRENS_SOCIAL_CARE", "personIds": ["%s"], "reason": "Child present",
				  "dataItems": ["AGES"], "lawfulBasis": "CHILDREN_ACT_2004_S11", "consentStatus": "NOT_SOUGHT_PREJUDICE",
				  "consentRationale": "Would alert the suspect" }
				""".formatted(sampleEncounterId, com.jayway.jsonpath.JsonPath.read(body, "$.people[1].id"))), "$.id");
		sampleLocalReviewId = com.jayway.jsonpath.JsonPath.read(mvc.perform(MockMvcRequestBuilders.post("/api/v1/learning/reviews")
			.with(httpBasic("trainer", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"DOMESTIC_HOMICIDE_REVIEW\",\"reference\":\"DHR 2026/01\",\"title\":\"Matrix sample\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		sampleRecommendationId = com.jayway.jsonpath.JsonPath.read(mvc.perform(MockMvcRequestBuilders
			.post("/api/v1/learning/reviews/" + sampleLocalReviewId + "/recommendations")
			.with(httpBasic("trainer", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Train call handlers on coercive control\",\"owner\":\"Contact centre\",\"dueOn\":\"2099-01-01\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		sampleReviewItemId = supervision
			.raise(new org.sightline.supervision.SubjectRef("ENCOUNTER", sampleEncounterId, null), "MATRIX_TEST",
					"Matrix test", "responder")
			.orElseThrow()
			.toString();
	}

	/** Refusals of this person in the audit log (by role, or of a record they may not see). */
	long refusals(String username) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and action = 'REFUSAL'")
			.param("actor", username)
			.query(Long.class)
			.single();
	}

	private String post(String path, String json) throws Exception {
		var response = mvc.perform(MockMvcRequestBuilders.post(path)
			.with(httpBasic("responder", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}

	/**
	 * The matrix reads the groups from RoleGroup, as the application does: this pins who each lets in,
	 * so widening a group in one place still fails here until the matrix is read again.
	 */
	@Test
	void each_role_group_lets_in_the_accounts_the_matrix_was_written_for() {
		assertThat(STAFF_WHO_RECORD).isEqualTo(Set.of("handler", "responder", "supervisor", "hub"));
		assertThat(REFERRAL_PARTIES).isEqualTo(Set.of("handler", "responder", "supervisor", "hub", "partner-csc"));
		assertThat(SAFEGUARDING_REVIEWERS).isEqualTo(Set.of("supervisor", "hub"));
		assertThat(AGREEMENT_SIMULATORS).isEqualTo(Set.of("supervisor", "analyst", "admin"));
		assertThat(DEMAND_READERS).isEqualTo(Set.of("supervisor", "analyst", "chief", "admin"));
		assertThat(AGREEMENT_READERS).isEqualTo(Set.of("supervisor", "admin"));
		assertThat(AUDIT_READERS).isEqualTo(Set.of("supervisor", "admin"));
		assertThat(POLICE_STAFF).isEqualTo(Set.of("handler", "responder", "supervisor", "hub", "analyst", "chief", "admin",
				"trainer", "wellbeing"));
		assertThat(TEAM_LEARNING_READERS).isEqualTo(Set.of("supervisor", "trainer"));
		assertThat(TEAM_MANAGERS).isEqualTo(Set.of("admin", "trainer"));
		assertThat(PRACTICE_REVIEW_READERS).isEqualTo(Set.of("handler", "responder", "supervisor", "hub", "trainer"));
		assertThat(LOCAL_REVIEW_READERS).isEqualTo(Set.of("supervisor", "trainer", "admin"));
		assertThat(LOCAL_REVIEW_KEEPERS).isEqualTo(Set.of("trainer", "admin"));
		assertThat(ROLE_OF.keySet()).as("every account the matrix signs in as").isEqualTo(EVERYONE_SIGNED_IN);
	}

	@Test
	void every_endpoint_is_listed_in_the_matrix() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			// the error address is where Tomcat forwards an error, not a page or endpoint (asked for itself, it is a 404)
			if (method.getBeanType().getPackageName().startsWith("org.sightline")
					&& !org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(method.getBeanType())) {
				endpoints.addAll(keys(info));
			}
		});
		assertThat(MATRIX.keySet()).as("endpoints in the authorisation matrix")
			.containsExactlyInAnyOrderElementsOf(endpoints);
	}

	/**
	 * One dynamic test for each endpoint as each account (a container per endpoint), so one failure
	 * hides none of the others and the report names the endpoint and the account. The samples are
	 * recorded once, then the requests are made in the matrix's order, one for each endpoint and
	 * account: a page an account may open is read for plain words from that same answer, in a test of
	 * its own.
	 */
	@TestFactory
	Stream<DynamicContainer> every_role_reaches_exactly_the_endpoints_it_may_use() throws Exception {
		recordSamples();
		return MATRIX.entrySet().stream().map(entry -> DynamicContainer.dynamicContainer(entry.getKey(),
				USERS.stream().flatMap(username -> checks(entry.getKey(), entry.getValue().contains(username), username))));
	}

	/** The access check of one endpoint as one account and, on a page the account may open, its words. */
	private Stream<DynamicTest> checks(String endpoint, boolean allowed, String username) {
		AtomicReference<MockHttpServletResponse> answer = new AtomicReference<>();
		DynamicTest access = DynamicTest.dynamicTest(
				endpoint + " as " + username + ": " + (allowed ? "allowed" : "refused"), () -> {
					long refusalsBefore = refusals(username);
					MvcResult result = mvc.perform(request(endpoint, username)).andReturn();
					answer.set(result.getResponse());
					int status = result.getResponse().getStatus();
					String redirect = result.getResponse().getRedirectedUrl();
					boolean gotIn = status != 401 && status != 403 && status != 404
							&& !(redirect != null && redirect.contains("/sign-in"));
					// a server error proves neither access nor refusal: it is a defect of its own
					assertThat(status).as(endpoint + " as " + username + ": server error " + status).isLessThan(500);
					assertThat(gotIn).as(endpoint + " as " + username + ": status " + status
							+ (redirect == null ? "" : " to " + redirect) + ", expected " + (allowed ? "access" : "refusal"))
						.isEqualTo(allowed);
					if (!allowed && !username.equals("anonymous")) {
						assertThat(refusals(username)).as(endpoint + " as " + username + ": refused (status " + status
								+ ") but no refusal in the audit log").isGreaterThan(refusalsBefore);
					}
				});
		if (!allowed || username.equals("anonymous") || !endpoint.startsWith("GET ") || endpoint.startsWith("GET /api/")) {
			return Stream.of(access);
		}
		DynamicTest words = DynamicTest.dynamicTest(endpoint + " as " + username + ": in plain words", () -> {
			var response = answer.get();
			assertThat(response).as(endpoint + " as " + username + ": no answer to read").isNotNull();
			// a redirect has no words of its own: it must lead to a page of this site, whose words are read
			// where that page is an endpoint of its own
			if (response.getStatus() / 100 == 3) {
				assertThat(response.getRedirectedUrl()).as(endpoint + " as " + username + ": redirect to a page of the site")
					.isNotNull()
					.startsWith("/")
					.doesNotStartWith("//")
					.doesNotContain("error");
				return;
			}
			assertThat(response.getStatus()).as(endpoint + " as " + username + ": a page to read").isEqualTo(200);
			assertThat(response.getContentType()).as(endpoint + " as " + username + ": a page to read").isNotNull();
			String seen = seenText(response.getContentType(), response.getContentAsByteArray());
			java.util.regex.Matcher code = INTERNAL_CODE.matcher(seen);
			if (code.find()) {
				int from = Math.max(0, code.start() - 60);
				org.assertj.core.api.Assertions.fail("internal code shown to people: " + endpoint + " as " + username + ": "
						+ code.group() + " in \"…"
						+ seen.substring(from, Math.min(seen.length(), code.end() + 30)).replaceAll("\\s+", " ") + "…\"");
			}
		});
		return Stream.of(access, words);
	}

	/** An internal code a person must never see: the journeys' own definition. */
	static final java.util.regex.Pattern INTERNAL_CODE = org.sightline.browser.BrowserSupport.INTERNAL_CODE;

	/** A CSV's cells, except the columns of identifiers (headed "id" or "…_id"): an id is not a word. */
	private static String csvWithoutIdentifiers(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		if (rows.isEmpty()) {
			return "";
		}
		List<String> header = rows.get(0);
		StringBuilder text = new StringBuilder();
		for (List<String> r : rows) {
			for (int c = 0; c < r.size(); c++) {
				String name = c < header.size() ? header.get(c).toLowerCase(java.util.Locale.ROOT) : "";
				if (!name.equals("id") && !name.endsWith("_id")) {
					text.append(r.get(c)).append(' ');
				}
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** The text a person reads: a page's main content, a CSV or a PDF's words. */
	private static String seenText(String contentType, byte[] body) throws java.io.IOException {
		if (contentType.startsWith("text/html")) {
			var main = org.jsoup.Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8)).selectFirst("main");
			if (main == null) {
				return "";
			}
			// agreement YAML being edited or shown as code is the syntax an administrator types, not words to read
			main.select("textarea, pre, code").remove();
			return main.text();
		}
		if (contentType.startsWith("text/csv")) {
			return csvWithoutIdentifiers(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		}
		if (contentType.startsWith("application/pdf")) {
			try (var reader = new com.lowagie.text.pdf.PdfReader(body)) {
				var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
				StringBuilder text = new StringBuilder();
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					text.append(extractor.getTextFromPage(page)).append('\n');
				}
				return text.toString();
			}
		}
		return "";
	}

	private MockHttpServletRequestBuilder request(String endpoint, String username) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1);
		if (path.contains("referrals/{id}") && !path.startsWith("/encounters/")) {
			path = path.replace("{id}", sampleReferralId).replace("{step}", "acknowledge");
		}
		path = path
			.replace("/people/matches/{id}", "/people/matches/" + sampleMatchId)
			.replace("/person-matches/{id}", "/person-matches/" + sampleMatchId)
			.replace("/people/{id}", "/people/" + samplePersonId)
			.replace("/records-review/{id}", "/records-review/" + samplePersonId)
			.replace("/supervision/{id}", "/supervision/" + sampleReviewItemId)
			// the national agreement, in force: the commands are refused as it is published, and change nothing
			.replace("/partnership/agreements/{id}/{version}", "/partnership/agreements/national-rcrp/2023-07-26")
			.replace("/learning/reviews/{id}", "/learning/reviews/" + sampleLocalReviewId)
			.replace("{recommendationId}", sampleRecommendationId)
			.replace("{code}", "AMBULANCE")
			.replace("{team}", "demo-team")
			.replace("{version}", "1")
			.replace("/routing-decisions/{id}", "/routing-decisions/" + sampleDecisionId)
			.replace("{decisionId}", sampleDecisionId)
			.replace("/routing-timers/{id}", "/routing-timers/" + sampleTimerId)
			.replace("{timerId}", sampleTimerId)
			.replace("{id}", sampleEncounterId);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
				org.springframework.http.HttpMethod.valueOf(method), path);
		if (method.equals("POST")) {
			request.with(csrf());
			if (path.startsWith("/api/")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			else {
				request.param("action", "add-person").param("encounterId", sampleEncounterId);
			}
		}
		if (!username.equals("anonymous")) {
			request.with(path.startsWith("/api/") ? httpBasic(username, PASSWORD)
					: user(users.loadUserByUsername(username)));
		}
		return request;
	}

	private static List<String> keys(RequestMappingInfo info) {
		List<String> keys = new ArrayList<>();
		Set<String> patterns = info.getPatternValues();
		var methods = info.getMethodsCondition().getMethods();
		for (String pattern : patterns) {
			if (methods.isEmpty()) {
				keys.add("ANY " + pattern);
			}
			methods.forEach(m -> keys.add(m.name() + " " + pattern));
		}
		return keys;
	}
}
