package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.routing.GeneratedCases.describe;
import static org.sightline.routing.GeneratedCases.qt;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.DomesticContext;
import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;

/**
 * The invariants of the routing rules, each checked on {@value GeneratedCases#EXAMPLES} generated
 * cases (every situation, age and fact combination) under the national Right Care, Right Person
 * agreement. A failure prints the smallest case QuickTheories can find that breaks the rule.
 */
class RoutingPropertiesTests {

	static final PartnershipAgreement NATIONAL = AgreementYaml.nationalRcrp();
	final RoutingPolicy policy = RoutingPolicy.withDefaults();

	/** Cases the current property was checked on: each property must see at least 10,000. */
	final java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();

	RoutingRecommendation route(RoutingCase c) {
		return policy.route(c, NATIONAL);
	}

	@org.junit.jupiter.api.AfterEach
	void everyPropertyWasCheckedOnAtLeastTenThousandGeneratedCases() {
		assertThat(checked.get()).isGreaterThanOrEqualTo(GeneratedCases.EXAMPLES);
	}

	static int urgency(ResponseGrade grade) {
		return switch (grade) {
			case EMERGENCY -> 3;
			case PRIORITY -> 2;
			case SCHEDULED -> 1;
			case RESOLUTION_WITHOUT_DEPLOYMENT -> 0;
		};
	}

	/** The rules name a legal reason for not sending police (an informal patient cannot be returned). */
	static boolean namesALegalReasonForNoPolice(RoutingRecommendation r) {
		return r.actions().contains(ResponseAction.NO_POWER_TO_RETURN_INFORMAL_PATIENT);
	}

	@Test
	void adding_a_fact_never_lowers_the_risk_or_the_urgency_and_never_removes_police_without_a_named_legal_reason() {
		qt().forAll(GeneratedCases.cases(), GeneratedCases.oneFact()).checkAssert((c, fact) -> {
			checked.incrementAndGet();
			RoutingRecommendation before = route(c);
			RoutingRecommendation after = route(c.with(fact));
			String why = describe(c) + " + " + fact;
			assertThat(after.riskLevel()).as(why).isGreaterThanOrEqualTo(before.riskLevel());
			boolean legalException = before.outcome().policeAttend() && !after.outcome().policeAttend()
					&& namesALegalReasonForNoPolice(after) && after.riskLevel() != RiskLevel.HIGH;
			if (!legalException) {
				assertThat(urgency(after.grade())).as(why).isGreaterThanOrEqualTo(urgency(before.grade()));
				if (before.outcome().policeAttend()) {
					assertThat(after.outcome().policeAttend()).as(why).isTrue();
				}
			}
		});
	}

	@Test
	void a_high_risk_is_always_a_deployment_with_a_supervisor_review() {
		qt().forAll(GeneratedCases.cases()).checkAssert(c -> {
			checked.incrementAndGet();
			RoutingRecommendation r = route(c);
			if (r.riskLevel() == RiskLevel.HIGH) {
				assertThat(r.outcome().policeAttend()).as(describe(c)).isTrue();
				assertThat(r.grade()).as(describe(c)).isNotEqualTo(ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT);
				assertThat(r.actions()).as(describe(c)).contains(ResponseAction.SUPERVISOR_REVIEW);
			}
		});
	}

	@Test
	void a_present_and_continuing_risk_to_life_is_an_emergency_and_police_attend() {
		qt().forAll(GeneratedCases.cases(), Generate_lifeFact()).checkAssert((c, fact) -> {
			checked.incrementAndGet();
			RoutingRecommendation r = route(c.with(fact));
			assertThat(r.grade()).as(describe(c) + " + " + fact).isEqualTo(ResponseGrade.EMERGENCY);
			assertThat(r.outcome().policeAttend()).as(describe(c) + " + " + fact).isTrue();
			assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
		});
	}

	private static org.quicktheories.core.Gen<Fact> Generate_lifeFact() {
		return org.quicktheories.generators.Generate.pick(java.util.List.copyOf(RoutingPolicy.LIFE_AT_RISK_NOW));
	}

	@Test
	void a_child_never_gets_a_lower_risk_or_less_protection_than_an_adult_in_the_same_case() {
		qt().forAll(GeneratedCases.cases(), GeneratedCases.childAges(), GeneratedCases.adultAges()).checkAssert((c, child, adult) -> {
			checked.incrementAndGet();
			RoutingCase asAdult = c.aged(adult);
			RoutingRecommendation a = route(asAdult);
			RoutingRecommendation k = route(c.aged(child));
			String why = describe(c) + "; child " + child.getAsInt() + " vs adult " + adult.getAsInt();
			assertThat(k.riskLevel()).as(why).isGreaterThanOrEqualTo(a.riskLevel());
			assertThat(urgency(k.grade())).as(why).isGreaterThanOrEqualTo(urgency(a.grade()));
			if (a.outcome().policeAttend()) {
				assertThat(k.outcome().policeAttend()).as(why).isTrue();
			}
			for (Agency referral : a.referrals()) {
				Set<Agency> protectsTheChild = switch (referral) {
					case ADULT_SOCIAL_CARE, MARAC, IDVA -> EnumSet.of(referral, Agency.CHILDRENS_SOCIAL_CARE);
					default -> EnumSet.of(referral);
				};
				assertThat(k.referrals()).as(why + ": the adult was referred to " + referral).containsAnyElementsOf(protectsTheChild);
			}
			if (a.actions().contains(ResponseAction.SUPERVISOR_REVIEW)) {
				assertThat(k.actions()).as(why).contains(ResponseAction.SUPERVISOR_REVIEW);
			}
		});
	}

	@Test
	void a_child_is_never_given_to_adult_social_care() {
		qt().forAll(GeneratedCases.cases(GeneratedCases.childAges())).checkAssert(c -> {
			checked.incrementAndGet();
			RoutingRecommendation r = route(c);
			assertThat(r.primaryAgency()).as(describe(c)).isNotEqualTo(java.util.Optional.of(Agency.ADULT_SOCIAL_CARE));
			assertThat(r.supportingAgencies()).as(describe(c)).doesNotContain(Agency.ADULT_SOCIAL_CARE);
			assertThat(r.referrals()).as(describe(c)).doesNotContain(Agency.ADULT_SOCIAL_CARE);
		});
	}

	@Test
	void high_risk_domestic_abuse_goes_to_MARAC_and_children_around_it_to_childrens_social_care() {
		qt().forAll(GeneratedCases.cases()).checkAssert(c -> {
			checked.incrementAndGet();
			RoutingRecommendation r = route(c);
			boolean domestic = DomesticContext.applies(r.situation(), c.facts()) || c.dash().isPresent();
			boolean oldEnoughForMarac = c.subjectAgeYears().isEmpty() ? !c.has(Fact.CHILD) && !c.has(Fact.IN_CARE)
					&& !c.has(Fact.CSE_MARKER) && !c.has(Fact.CCE_MARKER) && !c.has(Fact.NOT_IN_SCHOOL)
					&& c.situation() != org.sightline.shared.Situation.CHILD_CONCERN
					: c.subjectAgeYears().getAsInt() >= 16;
			if (domestic && r.riskLevel() == RiskLevel.HIGH) {
				if (oldEnoughForMarac) {
					assertThat(r.referrals()).as(describe(c)).contains(Agency.MARAC, Agency.IDVA);
				}
				else {
					assertThat(r.referrals()).as(describe(c)).contains(Agency.CHILDRENS_SOCIAL_CARE);
				}
				assertThat(r.actions()).as(describe(c)).contains(ResponseAction.SPECIALIST_REVIEW);
			}
			if (domestic && (c.has(Fact.CHILD_PRESENT) || c.has(Fact.CHILDREN_IN_HOUSEHOLD))) {
				assertThat(r.referrals()).as(describe(c)).contains(Agency.CHILDRENS_SOCIAL_CARE);
			}
		});
	}

	@Test
	void when_police_do_not_attend_the_caller_is_told_and_a_reason_names_the_clause() {
		qt().forAll(GeneratedCases.cases()).checkAssert(c -> {
			checked.incrementAndGet();
			RoutingRecommendation r = route(c);
			if (!r.outcome().policeAttend()) {
				assertThat(r.actions()).as(describe(c)).contains(ResponseAction.CALLER_INFORMED_OF_DECISION);
				assertThat(r.reasons()).as(describe(c)).anyMatch(reason -> reason.contains("clause " + r.clauseId()));
				assertThat(r.grade()).as(describe(c)).isEqualTo(ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT);
			}
		});
	}

	@Test
	void the_same_request_twice_gets_the_same_answer() {
		qt().forAll(GeneratedCases.cases()).checkAssert(c -> {
			checked.incrementAndGet();
			assertThat(route(c)).as(describe(c)).isEqualTo(route(c));
		});
	}

	@Test
	void no_reason_denies_a_real_and_immediate_risk_beside_a_high_risk() {
		qt().forAll(GeneratedCases.cases()).checkAssert(c -> {
			checked.incrementAndGet();
			RoutingRecommendation r = route(c);
			if (r.riskLevel() == RiskLevel.HIGH) {
				assertThat(r.reasons()).as(describe(c))
					.noneMatch(reason -> reason.toLowerCase().contains("no real and immediate risk"))
					.noneMatch(reason -> reason.toLowerCase().contains("threshold is not met"));
			}
			if (r.outcome().policeAttend()) {
				assertThat(r.reasons()).as(describe(c)).noneMatch(reason -> reason.contains("police do not attend"));
			}
		});
	}

	@Test
	void the_rules_are_safe_on_their_own_so_the_safety_net_never_has_to_act() {
		qt().forAll(GeneratedCases.cases()).checkAssert(c -> {
			checked.incrementAndGet();
			assertThat(route(c).safetyNet()).as(describe(c)).isEmpty();
		});
	}
}
