package org.sightline.assessment;

import org.sightline.shared.Fact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.shared.Violations;

/**
 * Suggests a missing-person risk grade (REFERENCE §6.3, College missing persons APP): no apparent
 * risk, low (harm possible but minimal), medium (harm likely but not serious) or high (serious harm
 * very likely). Each rule that fires sets a floor; the grade is the highest floor. A supervisor
 * confirms every grading.
 * <p>
 * Two rules protect children. A child is never graded no-apparent-risk, and a child with
 * exploitation markers is at least medium: the NPCC tightened the old "absent" category after it
 * was used for children with CSE markers. Coming back safely before never lowers anyone's grade:
 * a fact can only add to what is known, so no fact lowers a level another fact set. A patient
 * detained under the Mental Health Act who is absent is at least medium (MHA Code of Practice,
 * ch. 28). The age at which a person counts as a child, and below which a child counts as young,
 * are configuration.
 */
public final class MissingPersonRiskPolicy {

	/** Under this age a person is a child (Children Act 1989): 18. */
	public static final int DEFAULT_ADULT_AGE = 18;
	/**
	 * Under this age a child is too young to keep themselves safe and is at least medium risk: 12.
	 * Not from the APP: forces set their own (REFERENCE gaps).
	 */
	public static final int DEFAULT_YOUNG_CHILD_AGE = 12;

	private static final Set<Fact> SUICIDE_OR_SELF_HARM = EnumSet.of(Fact.SUICIDAL_IDEATION, Fact.SELF_HARM_IN_PROGRESS);
	/** APP risk factor: disability or illness affecting safety, mobility, communication or decisions. */
	public static final Set<Fact> CONDITIONS = EnumSet.of(Fact.DEMENTIA, Fact.LEARNING_DISABILITY,
			Fact.MENTAL_ILL_HEALTH, Fact.PHYSICAL_DISABILITY, Fact.ILLNESS_AFFECTING_SAFETY, Fact.MEDICAL_DEPENDENCY,
			Fact.NEURODIVERGENCE, Fact.COMMUNICATION_NEEDS, Fact.CARE_AND_SUPPORT_NEEDS, Fact.UNABLE_TO_PROTECT_SELF);
	/** APP risk factors: adverse weather, no prescribed medication, environmental hazards. */
	public static final Set<Fact> EXPOSURES = EnumSet.of(Fact.ADVERSE_WEATHER, Fact.NO_ACCESS_TO_MEDICATION,
			Fact.ENVIRONMENTAL_HAZARD);
	public static final Set<Fact> EXPLOITATION_MARKERS = EnumSet.of(Fact.CSE_MARKER, Fact.CCE_MARKER,
			Fact.EXPLOITATION, Fact.GANG_INVOLVEMENT);

	private static final String APP = "missing persons APP, REFERENCE §6.3";

	private final int adultAge;
	private final int youngChildAge;

	/** With the defaults: adults from {@value #DEFAULT_ADULT_AGE}, young children under {@value #DEFAULT_YOUNG_CHILD_AGE}. */
	public MissingPersonRiskPolicy() {
		this(DEFAULT_ADULT_AGE, DEFAULT_YOUNG_CHILD_AGE);
	}

	public MissingPersonRiskPolicy(int adultAge, int youngChildAge) {
		if (youngChildAge < 1 || youngChildAge > adultAge) {
			throw new IllegalArgumentException(
					"The young-child age (" + youngChildAge + ") must be from 1 to the adult age (" + adultAge + ")");
		}
		this.adultAge = adultAge;
		this.youngChildAge = youngChildAge;
	}

	/** Under this age a child cannot be expected to keep themselves safe. */
	public int youngChildAge() {
		return youngChildAge;
	}

	public MissingPersonOutcome assess(MissingPersonReport report) {
		Violations problems = new Violations();
		for (int i = 0; i < report.information().size(); i++) {
			report.information().get(i).check("information[" + i + "]", problems);
		}
		if (report.ageYears().isPresent() && (report.ageYears().getAsInt() < 0 || report.ageYears().getAsInt() > 120)) {
			problems.add("ageYears", "Age must be from 0 to 120");
		}
		if (!problems.isEmpty()) {
			return new MissingPersonOutcome.Rejected(problems.list());
		}

		Set<Fact> facts = report.facts();
		boolean ageKnown = report.ageYears().isPresent();
		boolean child = ageKnown && report.ageYears().getAsInt() < adultAge;
		boolean youngChild = ageKnown && report.ageYears().getAsInt() < youngChildAge;
		List<String> reasons = new ArrayList<>();
		RiskLevel level = RiskLevel.LOW;
		boolean riskFactorFound = false;

		Set<Fact> suicide = present(facts, SUICIDE_OR_SELF_HARM);
		if (!suicide.isEmpty()) {
			level = RiskLevel.HIGH;
			riskFactorFound = true;
			reasons.add("Suicidal thoughts or self-harm (" + names(suicide) + "): serious harm is very likely; high risk ("
					+ APP + ", suicide and self-harm update).");
		}
		if (facts.contains(Fact.REAL_IMMEDIATE_RISK_TO_LIFE) || facts.contains(Fact.RISK_OF_SERIOUS_HARM)) {
			level = RiskLevel.HIGH;
			riskFactorFound = true;
			reasons.add("A real and immediate risk to life or of serious harm: serious harm is very likely; high risk (" + APP
					+ ").");
		}
		if (facts.contains(Fact.RISK_TO_OTHERS)) {
			level = RiskLevel.HIGH;
			riskFactorFound = true;
			reasons.add("They pose a risk of serious harm to others: serious harm is very likely; high risk (" + APP
					+ ": risk of harm to the subject or the public).");
		}
		Set<Fact> conditions = present(facts, CONDITIONS);
		Set<Fact> exposures = present(facts, EXPOSURES);
		if (!conditions.isEmpty() && !exposures.isEmpty()) {
			level = RiskLevel.HIGH;
			riskFactorFound = true;
			reasons.add("Illness or disability affecting their safety (" + names(conditions) + ") while exposed to "
					+ "danger (" + names(exposures) + "): serious harm is very likely; high risk (" + APP + ").");
		}
		else if (youngChild && !exposures.isEmpty()) {
			level = RiskLevel.HIGH;
			riskFactorFound = true;
			reasons.add("A child under " + youngChildAge + " who cannot keep themselves safe, exposed to danger ("
					+ names(exposures) + "): serious harm is very likely; high risk (" + APP + ").");
		}
		else if (!conditions.isEmpty() || !exposures.isEmpty()) {
			level = RiskLevel.higherOf(level, RiskLevel.MEDIUM);
			riskFactorFound = true;
			Set<Fact> factor = conditions.isEmpty() ? exposures : conditions;
			reasons.add("Risk factor (" + names(factor) + "): harm is likely; at least medium risk (" + APP + ").");
		}
		Set<Fact> exploitation = present(facts, EXPLOITATION_MARKERS);
		if (!exploitation.isEmpty()) {
			level = RiskLevel.higherOf(level, RiskLevel.MEDIUM);
			riskFactorFound = true;
			reasons.add((child ? "A child with exploitation markers (" : "Signs of exploitation (") + names(exploitation)
					+ ") is at least medium risk and never no-apparent-risk, whatever happened before (" + APP
					+ ", NPCC on the former 'absent' category).");
		}
		if (youngChild) {
			level = RiskLevel.higherOf(level, RiskLevel.MEDIUM);
			riskFactorFound = true;
			reasons.add("A child under " + youngChildAge + " cannot be expected to keep themselves safe: at least medium "
					+ "risk (force setting).");
		}
		if (facts.contains(Fact.DETAINED_UNDER_MHA) || facts.contains(Fact.PART_III_PATIENT)) {
			level = RiskLevel.higherOf(level, RiskLevel.MEDIUM);
			riskFactorFound = true;
			reasons.add("Detained under the Mental Health Act" + (facts.contains(Fact.PART_III_PATIENT)
					? " (Part III, through the courts: tell the police at once, and the Ministry of Justice if restricted)" : "")
					+ " and absent: detention means they were judged to need care for their own or others' safety; at least "
					+ "medium risk (MHA Code of Practice 2015, ch. 28; " + APP + ").");
		}
		if (child && facts.contains(Fact.IN_CARE)) {
			reasons.add("A child in care: tell the responsible local authority and involve children's social care in the "
					+ "enquiry (" + APP + ").");
		}

		if (facts.contains(Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE) || facts.contains(Fact.GOING_MISSING)) {
			reasons.add(child ? "Going missing repeatedly is itself a sign a child may be exploited: coming back safely "
					+ "before never lowers a child's grade (NPCC on the former 'absent' category)."
					: "Came back safely before: that does not lower the grade; each episode is graded on what is known now ("
							+ APP + ").");
		}
		if (level == RiskLevel.LOW && !riskFactorFound) {
			reasons.add("Whereabouts unknown and wellbeing not established, with no risk factor found yet: harm is "
					+ "possible but minimal; low risk until enquiries show otherwise (" + APP + ").");
		}
		if (!ageKnown) {
			reasons.add("Age not known: the rules for children could not be applied; find out the person's age.");
		}

		List<ResponseAction> actions = new ArrayList<>();
		actions.add(ResponseAction.RECORD_INFORMATION_SOURCES);
		reasons.add("Record each piece of information with its source, the source's contact details and when it was "
				+ "obtained (" + APP + ").");
		actions.add(ResponseAction.SUPERVISOR_REVIEW);
		reasons.add("A supervisor reviews and confirms every missing-person grading (" + APP + ").");
		if (child && level == RiskLevel.HIGH) {
			actions.add(ResponseAction.CONSIDER_CHILD_RESCUE_ALERT);
			reasons.add("A child under " + adultAge + " at significant risk: consider a Child Rescue Alert (" + APP + ").");
		}
		return new MissingPersonOutcome.Graded(level, actions, reasons);
	}

	private static Set<Fact> present(Set<Fact> facts, Set<Fact> wanted) {
		Set<Fact> found = EnumSet.noneOf(Fact.class);
		for (Fact fact : wanted) {
			if (facts.contains(fact)) {
				found.add(fact);
			}
		}
		return found;
	}

	private static String names(Set<Fact> facts) {
		return facts.stream().map(Fact::name).collect(Collectors.joining(", "));
	}
}
