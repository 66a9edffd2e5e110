package org.sightline.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.assessment.MaracSettings;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.DomesticContext;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.RiskLevel;
import org.sightline.shared.Fact;
import org.springframework.stereotype.Component;

/**
 * A domestic abuse assessment in which a risk tool grades a victim old enough for a MARAC at high
 * risk meets a SafeLives MARAC referral criterion (REFERENCE §6.1): visible high risk when the count
 * alone is high, professional judgement when the assessor raised it. Each such person goes to a
 * supervisor, who can make the referral from the queue.
 */
@Component
public class MaracTrigger {

	static final String CODE = "MARAC_REFERRAL_DUE";

	private final int minimumAge;

	MaracTrigger(MaracSettings settings) {
		this.minimumAge = settings.minimumAge();
	}

	/** Reason code (MARAC_REFERRAL_DUE:person) to plain-English reason, for each person a referral is due for. */
	public Map<String, String> reasons(AssessmentView view) {
		Map<String, String> reasons = new LinkedHashMap<>();
		Map<UUID, AssessmentView.SnapshotPerson> people = view.snapshot()
			.people()
			.stream()
			.collect(Collectors.toMap(AssessmentView.SnapshotPerson::id, p -> p));
		for (AssessmentView.ToolResult tool : view.tools()) {
			AssessmentView.SnapshotPerson person = people.get(tool.personId());
			if (person == null || tool.riskLevel() != RiskLevel.HIGH || !domestic(view, person) || tooYoung(person)) {
				continue;
			}
			boolean visible = tool.toolLevel().equals(tool.finalLevel());
			reasons.putIfAbsent(CODE + ":" + person.id(), "MARAC referral due for " + person.name() + ": "
					+ tool.tool() + " " + tool.yesAnswers() + " of " + tool.questions() + " answered yes, "
					+ (visible ? "high risk on the count (SafeLives criterion: visible high risk)"
							: "graded high risk by the assessor (SafeLives criterion: professional judgement)")
					+ ". Make the referral, or say why not.");
		}
		return reasons;
	}

	private static boolean domestic(AssessmentView view, AssessmentView.SnapshotPerson person) {
		Set<Fact> facts = new java.util.HashSet<>();
		view.facts().forEach(code -> Fact.fromCode(code).ifPresent(facts::add));
		person.vulnerabilities().forEach(code -> Fact.fromCode(code).ifPresent(facts::add));
		return DomesticContext.applies(view.snapshot().situation(), facts);
	}

	private boolean tooYoung(AssessmentView.SnapshotPerson person) {
		return Optional.ofNullable(person.ageYears()).map(age -> age < minimumAge).orElse(false);
	}
}
