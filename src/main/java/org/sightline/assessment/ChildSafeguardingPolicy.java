package org.sightline.assessment;

import org.sightline.shared.Fact;
import org.sightline.shared.Agency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.shared.Situation;

/**
 * Which child safeguarding referrals and actions are due (REFERENCE §6.4, Children Act 1989 and
 * Working Together). Where children are involved and significant harm is suspected, children's
 * social care must be told and a strategy discussion held (s47); where a constable believes
 * significant harm is likely, police protection (s46) is due as well.
 * <p>
 * Suspicion is the officer's, or follows from facts that describe harm to a child who is the
 * subject of the concern (neglect, exploitation, CSE or CCE markers). Police protection is never
 * inferred from facts: only a constable's belief can justify it.
 */
public final class ChildSafeguardingPolicy {

	/** Facts that give reasonable cause to suspect significant harm to the child the concern is about. */
	private static final Set<Fact> HARM_TO_THE_CHILD = EnumSet.of(Fact.NEGLECT, Fact.EXPLOITATION, Fact.CSE_MARKER,
			Fact.CCE_MARKER);

	private final int adultAge;

	/** Children are under {@value MissingPersonRiskPolicy#DEFAULT_ADULT_AGE}. */
	public ChildSafeguardingPolicy() {
		this(MissingPersonRiskPolicy.DEFAULT_ADULT_AGE);
	}

	public ChildSafeguardingPolicy(int adultAge) {
		this.adultAge = adultAge;
	}

	/** Whether a person of this age is a child under this policy's adult age. */
	public boolean isChild(OptionalInt ageYears) {
		return ageYears.isPresent() && ageYears.getAsInt() < adultAge;
	}

	public SafeguardingDecision assess(ChildConcern concern) {
		Set<Fact> facts = concern.facts();
		boolean subjectIsChild = concern.subjectAgeYears().isPresent() && concern.subjectAgeYears().getAsInt() < adultAge
				|| concern.situation() == Situation.CHILD_CONCERN;
		boolean childrenAround = facts.contains(Fact.CHILD_PRESENT) || facts.contains(Fact.CHILDREN_IN_HOUSEHOLD);
		List<String> reasons = new ArrayList<>();
		if (!subjectIsChild && !childrenAround) {
			reasons.add("No child is involved: no child safeguarding referral is due.");
			return new SafeguardingDecision(List.of(), List.of(), reasons);
		}

		Set<Fact> harm = EnumSet.noneOf(Fact.class);
		if (subjectIsChild) {
			HARM_TO_THE_CHILD.stream().filter(facts::contains).forEach(harm::add);
		}
		boolean suspected = concern.officerView() != SignificantHarm.NOT_SUSPECTED || !harm.isEmpty();
		List<Agency> referrals = new ArrayList<>();
		List<ResponseAction> actions = new ArrayList<>();
		if (suspected) {
			String why = concern.officerView() != SignificantHarm.NOT_SUSPECTED
					? "The officer has reasonable cause to suspect significant harm to a child"
					: "Facts about the child give reasonable cause to suspect significant harm ("
							+ harm.stream().map(Fact::name).collect(Collectors.joining(", ")) + ")";
			referrals.add(Agency.CHILDRENS_SOCIAL_CARE);
			actions.add(ResponseAction.STRATEGY_DISCUSSION);
			reasons.add(why + ": refer to children's social care, who decide next steps within one working day, "
					+ "and hold a strategy discussion (Children Act 1989 s47; Working Together; REFERENCE §6.4).");
		}
		if (concern.officerView() == SignificantHarm.BELIEVED_LIKELY) {
			actions.add(ResponseAction.POLICE_PROTECTION);
			reasons.add("A constable believes significant harm is likely: use police protection to remove the child to "
					+ "suitable accommodation or keep them where they are safe, for no more than 72 hours, and tell the "
					+ "local authority (Children Act 1989 s46; REFERENCE §6.4).");
		}
		if (!suspected) {
			reasons.add("Children are involved but significant harm is not suspected: record the children and keep "
					+ "their welfare in mind (Children Act 2004 s11).");
			if (concern.situation() == Situation.DOMESTIC_ABUSE && childrenAround) {
				reasons.add("Children who see or hear abuse can suffer significant harm (Children Act 1989 s31(9)): "
						+ "consider whether harm is suspected.");
			}
		}
		return new SafeguardingDecision(referrals, actions, reasons);
	}
}
