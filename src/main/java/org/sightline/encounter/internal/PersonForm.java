package org.sightline.encounter.internal;

import java.util.ArrayList;
import java.util.List;

import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Violations;

/** One person on the "record an encounter" page, as typed. */
public class PersonForm {

	private String role;
	private String givenName;
	private String familyName;
	private String description;
	private String dobDay;
	private String dobMonth;
	private String dobYear;
	private String estimatedAge;
	private List<String> vulnerabilities = new ArrayList<>();
	private List<String> barriers = new ArrayList<>();
	private List<String> communicationNeeds = new ArrayList<>();
	private List<String> adjustments = new ArrayList<>();
	private String spokenToAlone;
	private String voice;
	private List<String> checks = new ArrayList<>();
	private String nextStepsExplained;
	private String personId;
	private String sex;
	private String ethnicity;

	RecordEncounter.PersonDetails toDetails(String prefix, Violations problems) {
		var dateOfBirth = EncounterForm.date(dobDay, dobMonth, dobYear, prefix + "dobDay", "Date of birth", problems);
		Integer age = null;
		if (!EncounterForm.isBlank(estimatedAge)) {
			try {
				age = Integer.valueOf(estimatedAge.trim());
			}
			catch (NumberFormatException e) {
				problems.add(prefix + "estimatedAge", "Estimated age must be a whole number of years, for example 6");
			}
		}
		java.util.UUID chosen = null;
		if (!EncounterForm.isBlank(personId)) {
			try {
				chosen = java.util.UUID.fromString(personId.trim());
			}
			catch (IllegalArgumentException e) {
				problems.add(prefix + "personId", "Choose a person from the list, or a new person");
			}
		}
		return new RecordEncounter.PersonDetails(role, givenName, familyName, description, dateOfBirth, age,
				vulnerabilities, barriers, communicationNeeds, adjustments, yesNo(spokenToAlone), voice, checks,
				yesNo(nextStepsExplained), chosen, sex, ethnicity);
	}

	private static Boolean yesNo(String value) {
		if ("yes".equals(value)) {
			return Boolean.TRUE;
		}
		if ("no".equals(value)) {
			return Boolean.FALSE;
		}
		return null;
	}

	/** Whether anything in the given group was ticked, to open its section when the page comes back. */
	public boolean hasAny(String group) {
		List<String> codes = switch (group) {
			case "vulnerabilities" -> vulnerabilities;
			case "barriers" -> barriers;
			case "communication" -> {
				List<String> both = new ArrayList<>(communicationNeeds);
				both.addAll(adjustments);
				yield both;
			}
			case "checks" -> checks;
			default -> List.of();
		};
		return codes != null && !codes.isEmpty();
	}

	public String getRole() { return role; }
	public void setRole(String role) { this.role = role; }
	public String getGivenName() { return givenName; }
	public void setGivenName(String givenName) { this.givenName = givenName; }
	public String getFamilyName() { return familyName; }
	public void setFamilyName(String familyName) { this.familyName = familyName; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getDobDay() { return dobDay; }
	public void setDobDay(String dobDay) { this.dobDay = dobDay; }
	public String getDobMonth() { return dobMonth; }
	public void setDobMonth(String dobMonth) { this.dobMonth = dobMonth; }
	public String getDobYear() { return dobYear; }
	public void setDobYear(String dobYear) { this.dobYear = dobYear; }
	public String getEstimatedAge() { return estimatedAge; }
	public void setEstimatedAge(String estimatedAge) { this.estimatedAge = estimatedAge; }
	public List<String> getVulnerabilities() { return vulnerabilities; }
	public void setVulnerabilities(List<String> vulnerabilities) { this.vulnerabilities = vulnerabilities; }
	public List<String> getBarriers() { return barriers; }
	public void setBarriers(List<String> barriers) { this.barriers = barriers; }
	public List<String> getCommunicationNeeds() { return communicationNeeds; }
	public void setCommunicationNeeds(List<String> communicationNeeds) { this.communicationNeeds = communicationNeeds; }
	public List<String> getAdjustments() { return adjustments; }
	public void setAdjustments(List<String> adjustments) { this.adjustments = adjustments; }
	public String getSpokenToAlone() { return spokenToAlone; }
	public void setSpokenToAlone(String spokenToAlone) { this.spokenToAlone = spokenToAlone; }
	public String getVoice() { return voice; }
	public void setVoice(String voice) { this.voice = voice; }
	public List<String> getChecks() { return checks; }
	public void setChecks(List<String> checks) { this.checks = checks; }
	public String getPersonId() { return personId; }
	public void setPersonId(String personId) { this.personId = personId; }
	public String getSex() { return sex; }
	public void setSex(String sex) { this.sex = sex; }
	public String getEthnicity() { return ethnicity; }
	public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
	public String getNextStepsExplained() { return nextStepsExplained; }
	public void setNextStepsExplained(String nextStepsExplained) { this.nextStepsExplained = nextStepsExplained; }
}
