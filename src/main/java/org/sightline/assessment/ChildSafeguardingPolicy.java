package org.sightline.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.shared.Agency;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * Which child safeguarding referrals and actions are due (REFERENCE §6.4, Children Act 1989,
 * Working Together 2023, Domestic Abuse Act 2021). A child's own needs come first:
 * <ul>
 * <li>a child at risk of harm (medium or above) is referred to children's social care, who decide
 * next steps within one working day;</li>
 * <li>where significant harm is suspected (the officer's view, harm to the child in the facts, or a
 * high risk) a strategy discussion is held too (s47);</li>
 * <li>a young child without a carer present, or neglected, is at risk of serious harm: police
 * attend, consider police protection (s46), refer and hold a strategy discussion;</li>
 * <li>a child who sees or hears domestic abuse is a victim in their own right (DA Act 2021 s3;
 * Children Act 1989 s31(9)): refer, and tell the school where the force runs Operation Encompass;</li>
 * <li>children living with, or present with, an adult at high risk are referred.</li>
 * </ul>
 * The ages (adult, young child) and whether the force runs Operation Encompass are configuration.
 */
public final class ChildSafeguardingPolicy {

	/** Under this age a child cannot be left without a carer (force setting; default under 5). */
	public static final int DEFAULT_YOUNG_CHILD_AGE = 5;

	/** Facts that give reasonable cause to suspect significant harm to the child the concern is about. */
	static final Set<Fact> HARM_TO_THE_CHILD = EnumSet.of(Fact.NEGLECT, Fact.EXPLOITATION, Fact.CSE_MARKER,
			Fact.CCE_MARKER, Fact.GANG_INVOLVEMENT, Fact.FINANCIAL_ABUSE, Fact.COERCIVE_CONTROL,
			Fact.NON_FATAL_STRANGULATION, Fact.THREATS_TO_KILL, Fact.STALKING, Fact.HONOUR_BASED_ABUSE,
			Fact.DOMESTIC_ABUSE_VICTIM_OR_WITNESS, Fact.INJURIES_PRESENTING_AT_HEALTH);
	/** Facts that show, when age is not known, that the person is a child. */
	static final Set<Fact> CHILD_INDICATORS = EnumSet.of(Fact.CHILD, Fact.IN_CARE, Fact.CSE_MARKER, Fact.CCE_MARKER,
			Fact.NOT_IN_SCHOOL);

	private static final String SOURCE = "Children Act 1989; Working Together 2023; REFERENCE §6.4";

	private final int adultAge;
	private final int youngChildAge;
	private final boolean operationEncompass;

	/** Children are under 18, young children under 5, and the force runs Operation Encompass. */
	public ChildSafeguardingPolicy() {
		this(MissingPersonRiskPolicy.DEFAULT_ADULT_AGE);
	}

	public ChildSafeguardingPolicy(int adultAge) {
		this(adultAge, DEFAULT_YOUNG_CHILD_AGE, true);
	}

	public ChildSafeguardingPolicy(int adultAge, int youngChildAge, boolean operationEncompass) {
		if (youngChildAge < 1 || youngChildAge > adultAge) {
			throw new IllegalArgumentException(
					"The young-child age (" + youngChildAge + ") must be from 1 to the adult age (" + adultAge + ")");
		}
		this.adultAge = adultAge;
		this.youngChildAge = youngChildAge;
		this.operationEncompass = operationEncompass;
	}

	public int adultAge() {
		return adultAge;
	}

	/** Whether a person of this age is a child under this policy's adult age. */
	public boolean isChild(OptionalInt ageYears) {
		return ageYears.isPresent() && ageYears.getAsInt() < adultAge;
	}

	/**
	 * Whether the person is a child: under the adult age, or recorded as a child, or (age not known)
	 * described by a fact that only fits a child. Where the age and a "child" fact disagree, the
	 * safer reading wins: a child.
	 */
	public boolean isChild(OptionalInt ageYears, Set<Fact> facts) {
		if (facts.contains(Fact.CHILD)) {
			return true;
		}
		if (ageYears.isPresent()) {
			return ageYears.getAsInt() < adultAge;
		}
		return CHILD_INDICATORS.stream().anyMatch(facts::contains);
	}

	/** A child too young to be left without a carer: under the young-child age. */
	public boolean isYoungChild(OptionalInt ageYears) {
		return ageYears.isPresent() && ageYears.getAsInt() < youngChildAge;
	}

	/** A young child with no carer present, or neglected: a risk of serious harm. */
	public boolean isYoungChildWithoutCare(OptionalInt ageYears, Set<Fact> facts) {
		return isYoungChild(ageYears) && (facts.contains(Fact.CARER_ABSENT) || facts.contains(Fact.NEGLECT));
	}

	public int youngChildAge() {
		return youngChildAge;
	}

	public SafeguardingDecision assess(ChildConcern concern) {
		Set<Fact> facts = concern.facts();
		boolean subjectIsChild = concern.situation() == Situation.CHILD_CONCERN
				|| isChild(concern.subjectAgeYears(), facts);
		boolean childrenAround = facts.contains(Fact.CHILD_PRESENT) || facts.contains(Fact.CHILDREN_IN_HOUSEHOLD);
		boolean domestic = DomesticContext.applies(concern.situation(), facts);
		List<String> reasons = new ArrayList<>();
		if (!subjectIsChild && !childrenAround) {
			reasons.add("No child is involved: no child safeguarding referral is due.");
			return new SafeguardingDecision(List.of(), List.of(), reasons);
		}

		List<Agency> referrals = new ArrayList<>();
		List<ResponseAction> actions = new ArrayList<>();
		RiskLevel risk = concern.riskFound();
		if (subjectIsChild) {
			Set<Fact> harm = EnumSet.noneOf(Fact.class);
			HARM_TO_THE_CHILD.stream().filter(facts::contains).forEach(harm::add);
			if (concern.situation() == Situation.CHILD_CONCERN && facts.contains(Fact.CRIME_TO_INVESTIGATE)) {
				// a crime in a concern about a child is a crime against the child
				harm.add(Fact.CRIME_TO_INVESTIGATE);
			}
			boolean withoutCare = isYoungChildWithoutCare(concern.subjectAgeYears(), facts);
			if (withoutCare) {
				add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
				add(actions, ResponseAction.POLICE_PROTECTION);
				add(actions, ResponseAction.STRATEGY_DISCUSSION);
				reasons.add("A child under " + youngChildAge + " " + (facts.contains(Fact.NEGLECT) ? "who is neglected"
						: "with no carer present") + " is at risk of serious harm: police attend, consider police protection "
						+ "(s46: remove the child to suitable accommodation or keep them safe, no more than 72 hours, and "
						+ "tell the local authority), refer to children's social care and hold a strategy discussion ("
						+ SOURCE + ").");
			}
			boolean suspected = concern.officerView() != SignificantHarm.NOT_SUSPECTED || !harm.isEmpty()
					|| risk == RiskLevel.HIGH || domestic;
			if (suspected && !withoutCare) {
				String why = concern.officerView() != SignificantHarm.NOT_SUSPECTED
						? "The officer has reasonable cause to suspect significant harm to the child"
						: !harm.isEmpty() ? "Facts about the child give reasonable cause to suspect significant harm ("
								+ names(harm) + ")"
								: risk == RiskLevel.HIGH ? "The child is at high risk of serious harm"
										: "The child is a victim of domestic abuse in their own right (Domestic Abuse Act 2021 s3)";
				add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
				add(actions, ResponseAction.STRATEGY_DISCUSSION);
				reasons.add(why + ": refer to children's social care, who decide next steps within one working day, "
						+ "and hold a strategy discussion (s47; " + SOURCE + ").");
			}
			else if (!suspected && (risk.compareTo(RiskLevel.MEDIUM) >= 0 || facts.contains(Fact.CARER_ABSENT))) {
				add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
				reasons.add((facts.contains(Fact.CARER_ABSENT) ? "A child whose carer is absent"
						: "A child at " + risk.name().toLowerCase() + " risk of harm")
						+ ": refer to children's social care as a child who may be in need, who decide next steps within "
						+ "one working day (s17; " + SOURCE + ").");
			}
			if (concern.situation() == Situation.MISSING_PERSON && facts.contains(Fact.IN_CARE)) {
				add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
				reasons.add("A looked-after child is missing: tell the responsible local authority at once and involve "
						+ "children's social care in the enquiry (missing persons APP, REFERENCE §6.3).");
			}
			if (risk == RiskLevel.HIGH && !withoutCare && (facts.contains(Fact.NEGLECT) || facts.contains(Fact.CARER_ABSENT)
					|| concern.situation() == Situation.CHILD_CONCERN)) {
				add(actions, ResponseAction.POLICE_PROTECTION);
				reasons.add("A child at high risk of serious harm where they are: consider police protection (s46; "
						+ SOURCE + ").");
			}
		}
		if (concern.officerView() == SignificantHarm.BELIEVED_LIKELY) {
			add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
			add(actions, ResponseAction.STRATEGY_DISCUSSION);
			add(actions, ResponseAction.POLICE_PROTECTION);
			reasons.add("A constable believes significant harm is likely: use police protection to remove the child to "
					+ "suitable accommodation or keep them where they are safe, for no more than 72 hours, and tell the "
					+ "local authority (Children Act 1989 s46; REFERENCE §6.4).");
		}
		else if (concern.officerView() == SignificantHarm.SUSPECTED && !subjectIsChild) {
			add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
			add(actions, ResponseAction.STRATEGY_DISCUSSION);
			reasons.add("The officer has reasonable cause to suspect significant harm to a child: refer to children's "
					+ "social care, who decide next steps within one working day, and hold a strategy discussion (s47; "
					+ SOURCE + ").");
		}
		if (childrenAround && domestic) {
			add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
			reasons.add("A child who sees or hears domestic abuse, or lives where it happens, is a victim in their own "
					+ "right: record each child, and refer to children's social care (Domestic Abuse Act 2021 s3; "
					+ "Children Act 1989 s31(9)).");
			if (operationEncompass) {
				add(referrals, Agency.EDUCATION);
				reasons.add("Operation Encompass: tell the child's school before the next school day, so a trusted adult "
						+ "can support them (force setting).");
			}
		}
		else if (childrenAround && !subjectIsChild && risk == RiskLevel.HIGH) {
			add(referrals, Agency.CHILDRENS_SOCIAL_CARE);
			reasons.add("Children live with, or were present with, someone at high risk: refer to children's social care "
					+ "so their welfare is considered (Children Act 2004 s11).");
		}
		if (referrals.isEmpty() && actions.isEmpty()) {
			reasons.add("Children are involved but significant harm is not suspected: record the children, hear the child's "
					+ "voice, and keep their welfare in mind (Children Act 2004 s11).");
		}
		return new SafeguardingDecision(referrals, actions, reasons);
	}

	private static <T> void add(List<T> list, T item) {
		if (!list.contains(item)) {
			list.add(item);
		}
	}

	private static String names(Set<Fact> facts) {
		return facts.stream().map(Fact::name).collect(Collectors.joining(", "));
	}
}
