package org.sightline.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Situation;
import org.springframework.core.io.ClassPathResource;

/** The trigger rules file: what the shipped rules say, and how a mistake in a force's file is reported. */
class TriggerRulesTests {

	@Test
	void the_shipped_rules_are_the_three_the_guidelines_name() throws Exception {
		TriggerRules rules = new TriggerRules(new ClassPathResource("chronology/triggers.yml"));

		assertThat(rules.all()).extracting(TriggerRule::code)
			.containsExactly("MARAC_POTENTIAL_ESCALATION", "REPEAT_MARAC", "PROBLEM_SOLVING_REVIEW");
		TriggerRule escalation = rules.all().get(0);
		assertThat(escalation.situations()).containsExactly(Situation.DOMESTIC_ABUSE);
		assertThat(escalation.count()).isEqualTo(3);
		assertThat(escalation.within()).isEqualTo(Period.ofMonths(12));
		assertThat(rules.all().get(1).afterMaracReferral()).isEqualTo(Period.ofMonths(12));
		assertThat(rules.all().get(2).within()).isEqualTo(Period.ofDays(90));
	}

	@Test
	void a_reason_names_the_count_and_the_window_in_words() {
		TriggerRule rule = TriggerRules.fromYaml("""
				rules:
				  - code: THREE_IN_A_MONTH
				    name: Three in a month
				    count: 3
				    within: P1M
				    reason: "{count} contacts in {window}"
				""").all().get(0);

		assertThat(rule.reasonFor(4)).isEqualTo("4 contacts in 1 month");
	}

	@Test
	void an_unknown_situation_is_refused_naming_the_rule() {
		assertThatThrownBy(() -> TriggerRules.fromYaml("""
				rules:
				  - code: BAD
				    name: Bad
				    situations: [BURGLARY]
				    count: 2
				    within: P30D
				    reason: x
				"""))
			.hasMessageContaining("rule BAD")
			.hasMessageContaining("unknown situation BURGLARY");
	}

	@Test
	void a_count_rule_without_a_count_or_with_a_bad_period_is_refused() {
		assertThatThrownBy(() -> TriggerRules.fromYaml("""
				rules:
				  - code: NO_COUNT
				    name: No count
				    within: P30D
				    reason: x
				""")).hasMessageContaining("'count' must be a whole number");
		assertThatThrownBy(() -> TriggerRules.fromYaml("""
				rules:
				  - code: BAD_PERIOD
				    name: Bad period
				    count: 2
				    within: 30 days
				    reason: x
				""")).hasMessageContaining("not a period");
	}

	@Test
	void a_rule_cannot_be_both_a_count_and_after_marac_and_codes_are_unique() {
		assertThatThrownBy(() -> TriggerRules.fromYaml("""
				rules:
				  - code: BOTH
				    name: Both
				    count: 2
				    within: P30D
				    afterMaracReferral: P12M
				    reason: x
				""")).hasMessageContaining("not both");
		assertThatThrownBy(() -> TriggerRules.fromYaml("""
				rules:
				  - {code: SAME, name: A, count: 2, within: P30D, reason: x}
				  - {code: SAME, name: B, count: 3, within: P30D, reason: y}
				""")).hasMessageContaining("used twice");
	}
}
