package org.sightline.assessment;

import org.sightline.shared.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Right Care, Right Person threshold for police to respond (REFERENCE §5): a crime to
 * investigate; a real and immediate risk to life; a risk of serious harm; or a duty the police took
 * on by assuming responsibility for the person or creating the risk. Any yes meets the threshold.
 * Each answer must be recorded as a fact: nothing here infers one from a vulnerability.
 */
public final class RcrpThresholdPolicy {

	private static final String SOURCE = "REFERENCE §5";

	public RcrpThresholdDecision assess(Set<Fact> facts) {
		List<RcrpQuestion> yes = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		if (facts.contains(Fact.CRIME_TO_INVESTIGATE)) {
			yes.add(RcrpQuestion.CRIME_TO_INVESTIGATE);
			reasons.add("There is a crime to investigate: the police threshold is met (RCRP, " + SOURCE + ").");
		}
		if (facts.contains(Fact.REAL_IMMEDIATE_RISK_TO_LIFE)) {
			yes.add(RcrpQuestion.REAL_AND_IMMEDIATE_RISK_TO_LIFE);
			reasons.add("There is a real and immediate risk to life: the police threshold is met (RCRP; Human Rights "
					+ "Act, Art 2; " + SOURCE + ").");
		}
		if (facts.contains(Fact.RISK_OF_SERIOUS_HARM)) {
			yes.add(RcrpQuestion.RISK_OF_SERIOUS_HARM);
			reasons.add("Someone is at real and immediate risk of serious harm: the police threshold is met (RCRP; Human "
					+ "Rights Act, Art 3; " + SOURCE + ").");
		}
		boolean assumed = facts.contains(Fact.POLICE_ASSUMED_RESPONSIBILITY);
		boolean created = facts.contains(Fact.POLICE_CREATED_RISK);
		if (assumed || created) {
			yes.add(RcrpQuestion.POLICE_ASSUMED_RESPONSIBILITY_OR_CREATED_RISK);
			reasons.add("The police " + (assumed && created ? "assumed responsibility for the person and created the risk"
					: assumed ? "assumed responsibility for the person" : "created the risk")
					+ ", so they owe a duty to protect: the police threshold is met (RCRP legal overview, " + SOURCE + ").");
		}
		if (yes.isEmpty()) {
			reasons.add("No crime to investigate, no real and immediate risk to life or of serious harm, and the police "
					+ "neither assumed responsibility nor created the risk: the police threshold is not met; the right "
					+ "agency should respond, and the caller must be told (RCRP, " + SOURCE + ").");
		}
		return new RcrpThresholdDecision(!yes.isEmpty(), yes, reasons);
	}
}
