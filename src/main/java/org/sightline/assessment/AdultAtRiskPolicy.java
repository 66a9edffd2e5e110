package org.sightline.assessment;

import org.sightline.shared.Fact;
import org.sightline.shared.Agency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an adult safeguarding referral is due: only when all three parts of the Care Act 2014 s42
 * test hold (REFERENCE §6.5). Each part needs its own fact; a diagnosis alone does not show care
 * and support needs, because a person with a vulnerability and good support may not be at risk
 * (REFERENCE §1.0). The reasons name every part that failed.
 */
public final class AdultAtRiskPolicy {

	/** Facts that show abuse or neglect, or the risk of it. */
	static final Set<Fact> ABUSE_OR_NEGLECT = EnumSet.of(Fact.NEGLECT, Fact.FINANCIAL_ABUSE, Fact.EXPLOITATION,
			Fact.COERCIVE_CONTROL, Fact.NON_FATAL_STRANGULATION, Fact.THREATS_TO_KILL, Fact.STALKING,
			Fact.HONOUR_BASED_ABUSE, Fact.DOMESTIC_ABUSE_VICTIM_OR_WITNESS, Fact.INJURIES_PRESENTING_AT_HEALTH);
	/** In a report of an adult at risk, facts that describe harm done or threatened to them. */
	private static final Set<Fact> REPORTED_HARM = EnumSet.of(Fact.CRIME_TO_INVESTIGATE, Fact.RISK_OF_SERIOUS_HARM,
			Fact.REAL_IMMEDIATE_RISK_TO_LIFE);
	/** Facts that may point to care and support needs, named when part (a) is not shown. */
	private static final Set<Fact> POSSIBLE_NEEDS = EnumSet.of(Fact.DEMENTIA, Fact.LEARNING_DISABILITY,
			Fact.MENTAL_ILL_HEALTH, Fact.PHYSICAL_DISABILITY, Fact.COMMUNICATION_NEEDS, Fact.SUBSTANCE_MISUSE,
			Fact.NEURODIVERGENCE, Fact.ILLNESS_AFFECTING_SAFETY, Fact.MEDICAL_DEPENDENCY, Fact.OLDER_PERSON);

	private static final String SOURCE = "Care Act 2014 s42, REFERENCE §6.5";

	private final int adultAge;

	/** Adults are {@value MissingPersonRiskPolicy#DEFAULT_ADULT_AGE} or over. */
	public AdultAtRiskPolicy() {
		this(MissingPersonRiskPolicy.DEFAULT_ADULT_AGE);
	}

	public AdultAtRiskPolicy(int adultAge) {
		this.adultAge = adultAge;
	}

	/**
	 * @param ageYears the person's age, when known
	 * @param facts coded facts about the person and their situation
	 */
	public SafeguardingDecision assess(OptionalInt ageYears, Set<Fact> facts) {
		return assess(null, ageYears, facts);
	}

	/**
	 * As {@link #assess(OptionalInt, Set)}; in a report of an adult at risk, a crime to investigate or
	 * a risk of serious harm to them is the abuse or its risk that part (b) asks about (a carer
	 * assaulting the person they care for, say).
	 */
	public SafeguardingDecision assess(org.sightline.shared.Situation situation, OptionalInt ageYears, Set<Fact> facts) {
		if (ageYears.isPresent() && ageYears.getAsInt() < adultAge) {
			return new SafeguardingDecision(List.of(), List.of(), List.of("The person is a child: s42 is for adults; "
					+ "child safeguarding applies instead (REFERENCE §6.4)."));
		}
		List<String> failed = new ArrayList<>();
		Set<CareActSection42> held = EnumSet.noneOf(CareActSection42.class);
		if (facts.contains(Fact.CARE_AND_SUPPORT_NEEDS)) {
			held.add(CareActSection42.CARE_AND_SUPPORT_NEEDS);
		}
		else {
			Set<Fact> hints = EnumSet.noneOf(Fact.class);
			POSSIBLE_NEEDS.stream().filter(facts::contains).forEach(hints::add);
			failed.add("(a) care and support needs are not shown" + (hints.isEmpty() ? ""
					: " (" + names(hints) + " may point to them: find out and record whether they have care and support needs)"));
		}
		Set<Fact> abuse = EnumSet.noneOf(Fact.class);
		ABUSE_OR_NEGLECT.stream().filter(facts::contains).forEach(abuse::add);
		if (situation == org.sightline.shared.Situation.ADULT_AT_RISK) {
			REPORTED_HARM.stream().filter(facts::contains).forEach(abuse::add);
		}
		if (!abuse.isEmpty()) {
			held.add(CareActSection42.ABUSE_OR_NEGLECT);
		}
		else {
			failed.add("(b) no abuse or neglect, or risk of it, is recorded");
		}
		if (facts.contains(Fact.UNABLE_TO_PROTECT_SELF)) {
			held.add(CareActSection42.UNABLE_TO_PROTECT_SELF);
		}
		else {
			failed.add("(c) it is not recorded that they cannot protect themselves because of their needs");
		}

		if (held.size() == CareActSection42.values().length) {
			return new SafeguardingDecision(List.of(Agency.ADULT_SOCIAL_CARE), List.of(), List.of("An adult with care and "
					+ "support needs, experiencing or at risk of abuse or neglect (" + names(abuse) + "), who cannot "
					+ "protect themselves because of those needs: refer to adult social care for a safeguarding enquiry ("
					+ SOURCE + ")."));
		}
		return new SafeguardingDecision(List.of(), List.of(), List.of("No adult safeguarding referral under s42: all three "
				+ "parts must hold, and " + String.join("; ", failed) + " (" + SOURCE + ")."));
	}

	private static String names(Set<Fact> facts) {
		return facts.stream().map(Fact::name).collect(Collectors.joining(", "));
	}
}
