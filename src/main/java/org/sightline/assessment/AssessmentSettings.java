package org.sightline.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The force's thresholds for the safeguarding policies, under {@code sightline.assessment}, each with
 * its default in one place. Other modules that need the same threshold (the hub's adult age) read it
 * here rather than repeating the setting. Checked at start-up: a threshold outside its sensible range
 * stops the start, naming the setting.
 *
 * @param adultAge from this age a person is an adult (18: Children Act 1989, Care Act 2014)
 * @param toolsDirectory a directory of the force's own risk tools (YAML), added to the bundled ones; empty for none
 * @param missingPerson a child under {@code youngChildAge} who is missing is high risk at once
 * @param childSafeguarding a child under {@code youngChildAge} present at an incident is a child
 *        safeguarding concern whatever else is known; {@code operationEncompass} tells the school
 *        after a domestic abuse incident with a child in the household
 */
@ConfigurationProperties("sightline.assessment")
public record AssessmentSettings(Integer adultAge, String toolsDirectory, MissingPerson missingPerson,
		ChildSafeguarding childSafeguarding) {

	/** @param youngChildAge a missing child under this age is high risk at once (12 unless set) */
	public record MissingPerson(Integer youngChildAge) {

		public MissingPerson {
			youngChildAge = youngChildAge == null ? 12 : youngChildAge;
			AssessmentSettings.within("sightline.assessment.missing-person.young-child-age", youngChildAge, 1, 17);
		}
	}

	/**
	 * @param youngChildAge a child under this age present at an incident is a child safeguarding
	 *        concern whatever else is known (5 unless set)
	 * @param operationEncompass tell the school after a domestic abuse incident with a child in the
	 *        household (on unless set)
	 */
	public record ChildSafeguarding(Integer youngChildAge, Boolean operationEncompass) {

		public ChildSafeguarding {
			youngChildAge = youngChildAge == null ? 5 : youngChildAge;
			operationEncompass = operationEncompass == null || operationEncompass;
			AssessmentSettings.within("sightline.assessment.child-safeguarding.young-child-age", youngChildAge, 1, 17);
		}
	}

	public AssessmentSettings {
		adultAge = adultAge == null ? 18 : adultAge;
		within("sightline.assessment.adult-age", adultAge, 16, 21);
		toolsDirectory = toolsDirectory == null ? "" : toolsDirectory.strip();
		missingPerson = missingPerson == null ? new MissingPerson(null) : missingPerson;
		childSafeguarding = childSafeguarding == null ? new ChildSafeguarding(null, null) : childSafeguarding;
	}

	/** Every default, as a force that sets nothing gets. */
	public static AssessmentSettings defaults() {
		return new AssessmentSettings(null, null, null, null);
	}

	static void within(String setting, int value, int lowest, int highest) {
		if (value < lowest || value > highest) {
			throw new IllegalArgumentException(
					setting + " is " + value + ": it must be between " + lowest + " and " + highest);
		}
	}
}
