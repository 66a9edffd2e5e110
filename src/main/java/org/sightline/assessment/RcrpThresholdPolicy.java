package org.sightline.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.shared.Fact;

/**
 * The Right Care, Right Person threshold for police to respond (REFERENCE §5). Two limbs: (a) a
 * crime to investigate; (b) protecting people from a real and immediate risk to life or of serious
 * harm. A duty the police took on by assuming responsibility or creating the risk also meets it.
 * <p>
 * Limb (b) is met by the facts that say so and by a risk of serious harm that is present and
 * continuing wherever it was found: a HIGH risk level from the facts, a risk tool or the THRIVE
 * assessment. "Immediate" means present and continuing; a future or conditional threat (suicidal
 * thoughts alone, say) is not, so only a HIGH level or a fact describing harm happening now meets
 * the limb (RCRP toolkit legal overview; Mersey Care's reading, REFERENCE §5).
 */
public final class RcrpThresholdPolicy {

	private static final String SOURCE = "REFERENCE §5";

	/** Facts that describe serious harm happening now or about to: present and continuing. */
	public static final Set<Fact> SERIOUS_HARM_NOW = EnumSet.of(Fact.SELF_HARM_IN_PROGRESS,
			Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, Fact.RISK_TO_OTHERS);

	/** The threshold on the facts alone (no risk level found elsewhere). */
	public RcrpThresholdDecision assess(Set<Fact> facts) {
		return assess(facts, RiskLevel.NO_APPARENT_RISK, null);
	}

	/**
	 * @param riskFound the highest risk level found for anyone in the case, from any source
	 * @param riskSource where that level was found, in a few words (e.g. "the DASH"), for the reason
	 */
	public RcrpThresholdDecision assess(Set<Fact> facts, RiskLevel riskFound, String riskSource) {
		List<RcrpQuestion> yes = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		if (facts.contains(Fact.CRIME_TO_INVESTIGATE)) {
			yes.add(RcrpQuestion.CRIME_TO_INVESTIGATE);
			reasons.add("There is a crime to investigate: the police threshold is met (RCRP limb (a), " + SOURCE + ").");
		}
		if (facts.contains(Fact.REAL_IMMEDIATE_RISK_TO_LIFE)) {
			yes.add(RcrpQuestion.REAL_AND_IMMEDIATE_RISK_TO_LIFE);
			reasons.add("There is a real and immediate risk to life: the police threshold is met (RCRP limb (b); Human "
					+ "Rights Act, Art 2; " + SOURCE + ").");
		}
		Set<Fact> now = EnumSet.noneOf(Fact.class);
		SERIOUS_HARM_NOW.stream().filter(facts::contains).forEach(now::add);
		if (facts.contains(Fact.RISK_OF_SERIOUS_HARM) || !now.isEmpty() || riskFound == RiskLevel.HIGH) {
			yes.add(RcrpQuestion.RISK_OF_SERIOUS_HARM);
			String why = facts.contains(Fact.RISK_OF_SERIOUS_HARM) ? "Someone is at real and immediate risk of serious harm"
					: !now.isEmpty() ? "Serious harm is happening now or about to ("
							+ now.stream().map(f -> f.name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", "))
							+ ")"
							: "A high risk of serious harm was found" + (riskSource == null ? "" : " (" + riskSource + ")")
									+ ", present and continuing";
			reasons.add(why + ": the police threshold is met (RCRP limb (b); Human Rights Act, Art 3; " + SOURCE + ").");
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
