package org.sightline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterManagement;
import org.sightline.identity.CurrentActor;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The supervisor's queue: read by risk then due time, filtered, in words, and the case behind each item. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SupervisorQueueTests {

	/** The same check as the browser journeys: an internal code a person must never see. */
	static final Pattern INTERNAL_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	MaracReferrals maracReferrals;

	SupervisionCases cases;

	@BeforeEach
	void cases() {
		cases = new SupervisionCases(users, encounters, assessments);
	}

	static SubjectRef subject(String type) {
		String id = UUID.randomUUID().toString();
		return new SubjectRef(type, id, null);
	}

	ReviewItemId raise(String type, String code, ReviewRisk risk) {
		return supervision.raise(subject(type), code, "Why it needs a supervisor, in words", "responder",
				Concerning.encounter(null, risk)).orElseThrow();
	}

	@Test
	@WithUserDetails("supervisor")
	void the_queue_puts_high_risk_before_medium_and_within_a_risk_the_soonest_due_first() {
		ReviewItemId low = raise("ASSESSMENT", "HIGH_RISK", ReviewRisk.LOW);
		ReviewItemId mediumDueIn4Hours = raise("ROUTING_DECISION", "ROUTING_OVERRIDE", ReviewRisk.MEDIUM);
		ReviewItemId mediumDueIn1Hour = raise("ROUTING_DECISION", "UNDER_TRIAGE", ReviewRisk.MEDIUM);
		ReviewItemId high = raise("ASSESSMENT", "HIGH_RISK", ReviewRisk.HIGH);
		Set<ReviewItemId> mine = Set.of(low, mediumDueIn4Hours, mediumDueIn1Hour, high);

		List<ReviewItemId> order = supervision.openItems(ReviewQueueFilter.everything())
			.stream()
			.map(ReviewItem::id)
			.filter(mine::contains)
			.toList();

		assertThat(order).containsExactly(high, mediumDueIn1Hour, mediumDueIn4Hours, low);
		assertThat(supervision.item(high).dueAt()).isEqualTo(supervision.item(high).raisedAt().plusSeconds(3600));
		assertThat(supervision.item(mediumDueIn4Hours).dueAt())
			.isEqualTo(supervision.item(mediumDueIn4Hours).raisedAt().plusSeconds(4 * 3600));
	}

	@Test
	@WithUserDetails("supervisor")
	void the_filter_lists_only_the_chosen_kind_and_risk_and_keeps_the_choice() throws Exception {
		ReviewItemId wanted = raise("ROUTING_TIMER", "TIMER_BREACHED", ReviewRisk.MEDIUM);
		ReviewItemId otherRisk = raise("ROUTING_TIMER", "TIMER_BREACHED", ReviewRisk.LOW);
		ReviewItemId otherKind = raise("REFERRAL", "REFERRAL_ACK_OVERDUE", ReviewRisk.MEDIUM);

		assertThat(supervision.openItems(new ReviewQueueFilter(Set.of("TIMER_BREACHED"), Set.of(ReviewRisk.MEDIUM))))
			.extracting(ReviewItem::id)
			.contains(wanted)
			.doesNotContain(otherRisk, otherKind);

		String page = mvc.perform(get("/supervision").param("kind", "TIMER_BREACHED").param("risk", "MEDIUM"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(wanted.toString()).doesNotContain(otherRisk.toString()).doesNotContain(otherKind.toString());
		assertThat(page).containsPattern("value=\"TIMER_BREACHED\"\\s+checked")
			.containsPattern("value=\"MEDIUM\"\\s+checked")
			.doesNotContainPattern("value=\"LOW\"\\s+checked");
	}

	@Test
	@WithUserDetails("supervisor")
	void the_queue_and_an_item_name_kinds_and_records_in_words_never_as_codes() throws Exception {
		ReviewItemId match = supervision.raise(new SubjectRef("PERSON_MATCH", UUID.randomUUID().toString(), "/people/matches/x"),
				"POSSIBLE_SAME_PERSON", "The victim may be someone already in the person index.", "handler").orElseThrow();
		raise("PERSON", "FORCE_OWN_TRIGGER", ReviewRisk.NOT_ASSESSED);

		// only this test's kinds: items other tests raised in the same context carry their own reasons
		String queue = text(mvc.perform(get("/supervision").param("kind", "POSSIBLE_SAME_PERSON", "FORCE_OWN_TRIGGER"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String item = text(mvc.perform(get("/supervision/" + match)).andReturn().getResponse().getContentAsString());

		assertThat(queue).contains("Possible match in the person index").contains("Person's chronology").contains("Not assessed");
		assertThat(item).contains("Open the possible match");
		assertThat(INTERNAL_CODE.matcher(queue).results().map(r -> r.group()).toList()).isEmpty();
		assertThat(INTERNAL_CODE.matcher(item).results().map(r -> r.group()).toList()).isEmpty();
	}

	@Test
	@WithUserDetails("supervisor")
	void an_item_summarises_its_case_and_opens_the_encounter_at_the_assessment() throws Exception {
		SupervisionCases.Case c = cases.highRiskDomesticAbuse();
		ReviewItem highRisk = supervision.itemsFor("ASSESSMENT", c.assessment().id().toString())
			.stream()
			.filter(i -> i.kind().equals("HIGH_RISK"))
			.findFirst()
			.orElseThrow();

		String queue = text(mvc.perform(get("/supervision").param("risk", "HIGH")).andReturn().getResponse().getContentAsString());
		assertThat(queue).contains("Sam Taylor, Alex Taylor").contains(c.encounter().reference() + ", Domestic abuse");

		String html = mvc.perform(get("/supervision/" + highRisk.id())).andReturn().getResponse().getContentAsString();
		String page = text(html);
		assertThat(page).contains(c.encounter().reference()).contains("Domestic abuse")
			.contains("Sam Taylor").contains("Victim")
			.contains("High risk")
			.contains("Grade 2: Priority")
			.contains("DASH for Sam Taylor: 15 of 27 answered yes, high risk")
			.contains("Referrals made");
		assertThat(html).contains("href=\"/encounters/" + c.encounter().id() + "#version-1\"");
	}

	@Test
	@WithUserDetails("supervisor")
	void the_supervisor_makes_the_MARAC_referral_from_the_trigger_once_and_the_item_closes_with_a_link_to_it() {
		SupervisionCases.Case c = cases.highRiskDomesticAbuse();
		ReviewItem trigger = supervision.itemsFor("ASSESSMENT", c.assessment().id().toString())
			.stream()
			.filter(ReviewItem::isMaracTrigger)
			.findFirst()
			.orElseThrow();
		assertThat(trigger.concerning().risk()).isEqualTo(ReviewRisk.HIGH);
		assertThat(trigger.concerning().personId()).contains(c.encounter().people().get(0).id());

		var draft = maracReferrals.draft(CurrentActor.require(), c.encounter().id(), trigger.concerning().personId(),
				trigger.reason()).request();
		SupervisionManagement.MaracReferralMade made = supervision.makeMaracReferral(CurrentActor.require(), trigger.id(),
				draft);

		assertThat(made.created()).isTrue();
		ReviewItem closed = supervision.item(trigger.id());
		assertThat(closed.open()).isFalse();
		assertThat(closed.outcome()).contains(ReviewOutcome.RATIFIED);
		assertThat(closed.followUpLink()).contains("/referrals/" + made.referral().id());
		List<ReferralView> marac = referrals.forReadableEncounter(c.encounter().id())
			.stream()
			.filter(r -> r.receivingAgency() == Agency.MARAC)
			.toList();
		assertThat(marac).singleElement().satisfies(r -> {
			assertThat(r.personIds()).containsExactly(c.encounter().people().get(0).id());
			assertThat(r.status().name()).isEqualTo("SENT");
		});

		// again from the same item: it is closed, so nothing more is made
		assertThatThrownBy(() -> supervision.makeMaracReferral(CurrentActor.require(), trigger.id(), draft))
			.isInstanceOf(ConflictException.class);
		// from another MARAC trigger on the same encounter: the referral made is returned, not a second one
		ReviewItemId another = supervision.raise(subject("PERSON"), "MARAC_POTENTIAL_ESCALATION", "Third incident",
				"repeat triggers", Concerning.person(c.encounter().id(), null, ReviewRisk.NOT_ASSESSED)).orElseThrow();
		SupervisionManagement.MaracReferralMade again = supervision.makeMaracReferral(CurrentActor.require(), another, draft);
		assertThat(again.created()).isFalse();
		assertThat(again.referral().id()).isEqualTo(made.referral().id());
		assertThat(referrals.forReadableEncounter(c.encounter().id()))
			.filteredOn(r -> r.receivingAgency() == Agency.MARAC)
			.hasSize(1);
	}

	/** The text of a page's main content, as a person reads it. */
	static String text(String html) {
		int start = html.indexOf("<main");
		int end = html.indexOf("</main>");
		String main = start >= 0 && end > start ? html.substring(start, end) : html;
		return main.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<[^>]+>", " ")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
	}
}
