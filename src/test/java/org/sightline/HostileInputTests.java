package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An attacker's requests, generated: more than 10,000 bad requests across every JSON API endpoint
 * (broken and truncated JSON, wrong types, nulls, huge strings and arrays, deep nesting, control
 * characters and unusual Unicode, out-of-range dates and numbers, HTML and SQL, wrong and wildcard
 * content types, bad ids and methods, idempotency keys sent again with other bodies). None may be a
 * server error; every error is a problem document without class names; the service stays healthy
 * and what was stored before is unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sightline.test.hostile-input=true")
@AutoConfigureMockMvc
class HostileInputTests {

	static final int REQUESTS_PER_ENDPOINT = 300;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	final JsonMapper json = JsonMapper.builder().build();

	final Map<String, String> ids = new LinkedHashMap<>();

	/** Every JSON API endpoint, the role that may use it, and a valid body to start from. */
	record Endpoint(HttpMethod method, String path, String username, String body) {
	}

	List<Endpoint> endpoints() {
		String victim = ids.get("victim");
		String child = ids.get("child");
		return List.of(
				new Endpoint(HttpMethod.POST, "/api/v1/encounters", "responder", EncounterFixtures.CONTRACT_EXAMPLE_JSON),
				new Endpoint(HttpMethod.GET, "/api/v1/encounters/{encounter}", "responder", null),
				new Endpoint(HttpMethod.GET, "/api/v1/catalogues", "responder", null),
				new Endpoint(HttpMethod.GET, "/api/v1/people/search?name=Sam+Taylor&dateOfBirth=1991-04-02", "handler", null),
				new Endpoint(HttpMethod.POST, "/api/v1/people/{person}/details", "responder", """
						{"phones": ["07700 900456"], "identifiers": [{"scheme": "NHS_NUMBER", "value": "943 476 5919"}],
						 "aliases": [{"givenName": "Annie", "familyName": "Jenkins"}]}"""),
				new Endpoint(HttpMethod.GET, "/api/v1/people/{person}/chronology?reason=RESPONDING_TO_INCIDENT", "responder", null),
				new Endpoint(HttpMethod.POST, "/api/v1/people/{person}/merges", "supervisor",
						"{\"duplicateId\": \"" + ids.get("otherPerson") + "\", \"reason\": \"Same person\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/people/{person}/unmerge", "supervisor",
						"{\"duplicateId\": \"" + ids.get("otherPerson") + "\", \"reason\": \"Not the same\"}"),
				new Endpoint(HttpMethod.GET, "/api/v1/person-matches", "supervisor", null),
				new Endpoint(HttpMethod.POST, "/api/v1/person-matches/{encounter}/decision", "supervisor",
						"{\"decision\": \"DIFFERENT\", \"reason\": \"Different people\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/encounters/{encounter}/assessments", "responder",
						AssessmentFixtures.initialJson(victim, child)),
				new Endpoint(HttpMethod.GET, "/api/v1/encounters/{encounter}/assessments", "responder", null),
				new Endpoint(HttpMethod.GET, "/api/v1/encounters/{encounter}/assessments/1", "responder", null),
				new Endpoint(HttpMethod.POST, "/api/v1/routing/preview", "handler", """
						{"situation": "MISSING_PERSON", "callerType": "FAMILY_OR_FRIEND", "subject": {"ageYears": 81},
						 "facts": ["DEMENTIA", "ADVERSE_WEATHER"], "dash": {"yesAnswers": 9},
						 "history": {"domesticIncidentsLast12Months": 1, "monthsSinceLastMarac": null}}"""),
				new Endpoint(HttpMethod.GET, "/api/v1/referrals/{referral}/fhir", "responder", null),
				new Endpoint(HttpMethod.GET, "/api/v1/referrals/{referral}/questions", "responder", null),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/questions", "partner-csc", "{\"text\": \"Is the child safe tonight?\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals", "responder", """
						{"encounterId": "%s", "agency": "CHILDRENS_SOCIAL_CARE", "personIds": ["%s"], "reason": "Child present",
						 "dataItems": ["AGES"], "lawfulBasis": "CHILDREN_ACT_2004_S11", "consentStatus": "NOT_SOUGHT_PREJUDICE",
						 "consentRationale": "Would alert the suspect"}""".formatted(ids.get("encounter"), child)),
				new Endpoint(HttpMethod.GET, "/api/v1/referrals?status=SENT&agency=CHILDRENS_SOCIAL_CARE", "responder", null),
				new Endpoint(HttpMethod.GET, "/api/v1/referrals/{referral}", "responder", null),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/send", "responder", "{}"),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/acknowledge", "partner-csc", "{}"),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/accept", "partner-csc", "{\"note\": \"Allocated\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/decline", "partner-csc", "{\"reason\": \"Not for us\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/outcome", "partner-csc", "{\"outcome\": \"Visited\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/referrals/{referral}/revoke", "responder", "{\"reason\": \"Sent in error\"}"),
				new Endpoint(HttpMethod.GET, "/api/v1/marac/referrals", "supervisor", null),
				new Endpoint(HttpMethod.GET, "/api/v1/demand?from=2026-01-01&to=2026-12-01&area=CITY", "analyst", null),
				new Endpoint(HttpMethod.POST, "/api/v1/routing-decisions/{decision}/attendance", "responder",
						"{\"arrivedAt\": \"2026-11-26T22:00:00Z\", \"leftAt\": \"2026-11-26T23:00:00Z\", \"officers\": 2}"),
				new Endpoint(HttpMethod.POST, "/api/v1/simulations", "analyst",
						"{\"from\": \"2026-01-01\", \"to\": \"2026-12-01\", \"agreement\": {\"id\": \"national-rcrp\", \"version\": \"2023-07-26\"}}"),
				new Endpoint(HttpMethod.POST, "/api/v1/encounters/{encounter}/routing-decisions", "responder", "{}"),
				new Endpoint(HttpMethod.GET, "/api/v1/encounters/{encounter}/routing-decisions", "responder", null),
				new Endpoint(HttpMethod.POST, "/api/v1/routing-decisions/{decision}/caller-informed", "responder",
						"{\"informed\": true, \"toldAt\": \"2026-11-26T22:10:00Z\", \"note\": \"Told by phone\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/routing-decisions/{decision}/events", "responder",
						"{\"fact\": \"ARRIVED_AT_HEALTH_PLACE_OF_SAFETY\", \"at\": \"2026-11-26T22:20:00Z\"}"),
				new Endpoint(HttpMethod.POST, "/api/v1/routing-timers/{timer}/complete", "responder", "{}"));
	}

	/** Hostile values for any field. */
	static final List<Object> VALUES = List.of("", " ", "null", "\u0000", "a\u0000b", "\u001b[31m", "\uFEFF", "\u202Eevil",
			"Zalgo\u0301\u0302\u0303\u0304", "😀😀😀", "\uD800", "<script>alert(1)</script>", "' OR 1=1 --",
			"'; DROP TABLE encounter.encounter; --", "=HYPERLINK(\"http://evil.example\",\"x\")", "../../etc/passwd", "%00",
			"-999999999-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "9999-99-99", "2026-02-30", "NaN", "Infinity",
			"-Infinity", "1e309", "00000000-0000-0000-0000-000000000000", "not-a-uuid", Long.MAX_VALUE, Long.MIN_VALUE,
			-1, 0, 1.5e308, -0.0, true, false, "x".repeat(100_000));

	@Test
	void ten_thousand_hostile_requests_get_no_server_error_every_error_is_a_problem_and_nothing_stored_changes()
			throws Exception {
		recordSamples();
		String before = storedBeforeTheRun();
		Random random = new Random(20261204L);
		List<String> defects = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int sent = 0;
		for (Endpoint endpoint : endpoints()) {
			for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
				MockHttpServletRequestBuilder request = hostile(endpoint, random, i);
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				sent++;
				statuses.merge(response.getStatus(), 1, Integer::sum);
				String defect = defect(response);
				if (defect != null && defects.size() < 40) {
					defects.add(endpoint.method() + " " + endpoint.path() + " #" + i + ": " + defect);
				}
			}
		}
		System.out.println("Hostile input: " + sent + " requests, statuses " + statuses);
		assertThat(sent).isGreaterThanOrEqualTo(10_000);
		assertThat(defects).as("server errors and error answers that are not problem documents").isEmpty();
		mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		assertThat(storedBeforeTheRun()).as("records stored before the run").isEqualTo(before);
	}

	/** Why this answer is a defect, or null when it is a proper one. */
	static String defect(MockHttpServletResponse response) throws Exception {
		int status = response.getStatus();
		String body = response.getContentAsString();
		if (status >= 500) {
			return status + " " + body.substring(0, Math.min(200, body.length()));
		}
		if (status >= 400) {
			String type = response.getContentType();
			if (type == null || !type.startsWith("application/problem+json")) {
				return status + " is not a problem document (" + type + "): " + body.substring(0, Math.min(120, body.length()));
			}
			if (body.contains("org.sightline.") || body.contains("java.") || body.contains("Exception")) {
				return status + " names a class: " + body.substring(0, Math.min(200, body.length()));
			}
		}
		return null;
	}

	MockHttpServletRequestBuilder hostile(Endpoint endpoint, Random random, int i) throws Exception {
		String path = endpoint.path();
		for (Map.Entry<String, String> id : ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		HttpMethod method = endpoint.method();
		String body = endpoint.body();
		String contentType = MediaType.APPLICATION_JSON_VALUE;
		switch (i % 10) {
			case 0 -> path = path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
					List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%2e%2e", "%27%20OR%201%3D1",
							"x".repeat(5000), java.util.UUID.randomUUID().toString()).get(random.nextInt(6)));
			case 1 -> contentType = List.of("text/plain", "*/*", "application/xml", "application/x-www-form-urlencoded",
					"multipart/form-data; boundary=x", "application/json; charset=ebcdic").get(random.nextInt(6));
			case 2 -> method = List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH).get(random.nextInt(3));
			case 3 -> body = body == null ? null : body.substring(0, random.nextInt(Math.max(1, body.length())));
			case 4 -> body = List.of("", "null", "[]", "\"text\"", "{", "{\"a\":", "[[[[", "{} {}", "\u0000",
					"{\"a\":1,\"a\":2}").get(random.nextInt(10));
			case 5 -> body = "[".repeat(2000) + "]".repeat(2000);
			case 6 -> path = path + (path.contains("?") ? "&" : "?") + List.of("from", "to", "area", "status", "agency",
					"name", "dateOfBirth", "identifier", "reason", "limit", "page").get(random.nextInt(11)) + "="
					+ List.of("%00", "-1", "99999999999999999999", "2026-13-45", "%3Cscript%3E", "%27--", "NaN")
						.get(random.nextInt(7));
			default -> body = body == null ? null : mutated(body, random);
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path));
		if (body != null && method != HttpMethod.GET) {
			request.contentType(contentType).content(body);
		}
		else if (i % 10 == 1) {
			request.contentType(contentType);
		}
		if (i % 3 == 0) {
			// the same few keys sent again and again with other bodies, and keys that are no keys at all
			request.header("Idempotency-Key", List.of("hostile-1", "hostile-2", "hostile-2", "x".repeat(500), " ",
					"ключ-😀", "' OR 1=1 --").get(random.nextInt(7)));
		}
		// a signed-in person's context (no password hash per request), and the API's CSRF exemption still checked
		return request.with(user(users.loadUserByUsername(endpoint.username()))).with(csrf());
	}

	/** The body with one value anywhere in it replaced by a hostile one, or its arrays made huge. */
	String mutated(String body, Random random) {
		JsonNode tree = json.readTree(body);
		List<JsonNode> containers = new ArrayList<>();
		collect(tree, containers);
		if (containers.isEmpty()) {
			return body;
		}
		JsonNode target = containers.get(random.nextInt(containers.size()));
		Object value = VALUES.get(random.nextInt(VALUES.size()));
		if (target instanceof ObjectNode object && !object.isEmpty()) {
			List<String> names = new ArrayList<>(object.propertyNames());
			String name = names.get(random.nextInt(names.size()));
			switch (random.nextInt(5)) {
				case 0 -> object.putNull(name);
				case 1 -> object.putArray(name).add(json.valueToTree(value));
				case 2 -> object.putObject(name).set("nested", json.valueToTree(value));
				case 3 -> {
					ArrayNode huge = object.putArray(name);
					for (int n = 0; n < 20_000; n++) {
						huge.add("07700 900" + n);
					}
				}
				default -> object.set(name, json.valueToTree(value));
			}
		}
		else if (target instanceof ArrayNode array) {
			array.add(json.valueToTree(value));
		}
		return json.writeValueAsString(tree);
	}

	private static void collect(JsonNode node, List<JsonNode> containers) {
		if (node.isObject() || node.isArray()) {
			containers.add(node);
			for (JsonNode child : node) {
				collect(child, containers);
			}
		}
	}

	/** A fingerprint of every row stored before the run, in the tables that hold people's records. */
	String storedBeforeTheRun() {
		return jdbc.sql("""
				select md5(coalesce((select string_agg(e::text, '|' order by e.id) from encounter.encounter e where e.id = any(:encounters)), '')
				  || coalesce((select string_agg(p::text, '|' order by p.id) from encounter.encounter_person p where p.encounter_id = any(:encounters)), '')
				  || coalesce((select string_agg(a::text, '|' order by a.id) from assessment.thrive_assessment a where a.encounter_id = any(:encounters)), ''))
				""")
			.param("encounters", new java.util.UUID[] { java.util.UUID.fromString(ids.get("encounter")),
					java.util.UUID.fromString(ids.get("s136")) })
			.query(String.class)
			.single();
	}

	void recordSamples() throws Exception {
		String encounter = post("/api/v1/encounters", EncounterFixtures.CONTRACT_EXAMPLE_JSON);
		ids.put("encounter", JsonPath.read(encounter, "$.id"));
		ids.put("person", JsonPath.read(encounter, "$.people[0].personId"));
		ids.put("victim", JsonPath.read(encounter, "$.people[0].id"));
		ids.put("child", JsonPath.read(encounter, "$.people[1].id"));
		ids.put("otherPerson", JsonPath.read(encounter, "$.people[1].personId"));
		post("/api/v1/encounters/" + ids.get("encounter") + "/assessments",
				AssessmentFixtures.initialJson(ids.get("victim"), ids.get("child")));
		String s136 = post("/api/v1/encounters", EncounterFixtures.CONTRACT_EXAMPLE_JSON
			.replace("\"DOMESTIC_ABUSE\"", "\"SECTION_136_PLACE_OF_SAFETY\""));
		ids.put("s136", JsonPath.read(s136, "$.id"));
		post("/api/v1/encounters/" + ids.get("s136") + "/assessments", AssessmentFixtures.initialJson(
				JsonPath.read(s136, "$.people[0].id"), JsonPath.read(s136, "$.people[1].id")));
		ids.put("decision", JsonPath.read(post("/api/v1/encounters/" + ids.get("s136") + "/routing-decisions", "{}"), "$.id"));
		ids.put("timer", JsonPath.read(post("/api/v1/routing-decisions/" + ids.get("decision") + "/events",
				"{\"fact\": \"ARRIVED_AT_HEALTH_PLACE_OF_SAFETY\"}"), "$.timers[0].id"));
		ids.put("referral", JsonPath.read(post("/api/v1/referrals", """
				{ "encounterId": "%s", "agency": "CHILDRENS_SOCIAL_CARE", "personIds": ["%s"], "reason": "Child present",
				  "dataItems": ["AGES"], "lawfulBasis": "CHILDREN_ACT_2004_S11", "consentStatus": "NOT_SOUGHT_PREJUDICE",
				  "consentRationale": "Would alert the suspect" }
				""".formatted(ids.get("encounter"), ids.get("child"))), "$.id"));
	}

	private String post(String path, String body) throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post(path)
			.with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}
}
