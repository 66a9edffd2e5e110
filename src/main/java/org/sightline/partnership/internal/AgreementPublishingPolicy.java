package org.sightline.partnership.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.partnership.AgreementTimer;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.Clause;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PublishingProblem;
import org.sightline.partnership.PublishingRule;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * Decides whether a partnership agreement version may be put in force. An agreement in force
 * must answer every situation with an agency that acts, and must never depend on the order of its
 * clauses: a call handler must get the same answer whichever clause happens to be listed first.
 * (Unknown agencies and situations never get this far: {@link AgreementYaml} refuses them.)
 */
public final class AgreementPublishingPolicy {

	/** Situations where advice or signposting alone ({@code primary: NONE}) can be the agreed answer. */
	static final Set<Situation> ADVICE_ONLY_ALLOWED = EnumSet.of(Situation.OTHER, Situation.CONCERN_FOR_WELFARE);

	public PublishingDecision decide(PartnershipAgreement agreement) {
		List<PublishingProblem> problems = new ArrayList<>();
		List<Clause> clauses = agreement.clauses();

		Map<String, Integer> firstIndexOfId = new LinkedHashMap<>();
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			Integer earlier = firstIndexOfId.putIfAbsent(clause.id(), i);
			if (earlier != null) {
				problems.add(new PublishingProblem(PublishingRule.CLAUSE_IDS_ARE_UNIQUE, clause.id(),
						"Clauses " + (earlier + 1) + " and " + (i + 1) + " both have the id ‘" + clause.id()
								+ "’: give each clause its own id"));
			}
		}

		for (Clause clause : clauses) {
			if (clause.primary().isEmpty() && !ADVICE_ONLY_ALLOWED.contains(clause.situation())) {
				problems.add(new PublishingProblem(PublishingRule.EVERY_CLAUSE_NAMES_A_PRIMARY, clause.id(),
						"Clause ‘" + clause.id() + "’ (" + clause.situation() + ") has primary NONE, so no agency "
								+ "would respond: name the agency that leads. NONE is allowed only for OTHER and "
								+ "CONCERN_FOR_WELFARE"));
			}
			for (String fact : clause.whenAnyFact()) {
				if (Fact.fromCode(fact).isEmpty()) {
					problems.add(new PublishingProblem(PublishingRule.FACTS_ARE_KNOWN, clause.id(),
							"Clause ‘" + clause.id() + "’ names an unknown fact ‘" + fact + "’"));
				}
			}
			for (AgreementTimer timer : clause.timers()) {
				if (timer.startsOn() != null && Fact.fromCode(timer.startsOn()).isEmpty()) {
					problems.add(new PublishingProblem(PublishingRule.FACTS_ARE_KNOWN, clause.id(),
							"Timer " + timer.code() + " of clause ‘" + clause.id() + "’ starts on an unknown fact ‘"
									+ timer.startsOn() + "’"));
				}
			}
		}

		for (Situation situation : Situation.values()) {
			List<Clause> defaults = clauses.stream()
				.filter(c -> c.situation() == situation && c.isDefault())
				.toList();
			if (defaults.isEmpty()) {
				problems.add(new PublishingProblem(PublishingRule.EVERY_SITUATION_HAS_A_DEFAULT, null,
						"No clause answers " + situation + " when none of its facts apply: add a clause for "
								+ situation + " without whenAnyFact that names a primary agency"));
			}
			for (int i = 1; i < defaults.size(); i++) {
				problems.add(new PublishingProblem(PublishingRule.ONE_DEFAULT_PER_SITUATION, defaults.get(i).id(),
						"Clauses ‘" + defaults.get(0).id() + "’ and ‘" + defaults.get(i).id() + "’ are both the default for "
								+ situation + ": keep one, or give the other a whenAnyFact"));
			}
			List<Clause> conditional = clauses.stream()
				.filter(c -> c.situation() == situation && !c.isDefault())
				.toList();
			for (int i = 0; i < conditional.size(); i++) {
				for (int j = i + 1; j < conditional.size(); j++) {
					Clause first = conditional.get(i);
					Clause second = conditional.get(j);
					List<String> shared = second.whenAnyFact()
						.stream()
						.filter(first.whenAnyFact()::contains)
						.distinct()
						.toList();
					if (!shared.isEmpty()) {
						problems.add(new PublishingProblem(PublishingRule.NO_FACT_SHARED_BY_TWO_CLAUSES, second.id(),
								"Clauses ‘" + first.id() + "’ and ‘" + second.id() + "’ (" + situation
										+ ") both apply when " + String.join(", ", shared)
										+ ": a fact may start only one clause of a situation"));
					}
				}
			}
		}

		if (!problems.isEmpty()) {
			return new PublishingDecision.NotPublishable(problems);
		}
		return new PublishingDecision.Publishable("Every one of the " + Situation.values().length
				+ " situations has a default clause that names who responds, and no two clauses overlap");
	}
}
