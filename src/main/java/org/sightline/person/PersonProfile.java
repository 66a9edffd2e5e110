package org.sightline.person;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the index holds about one person, across every record merged into them: names,
 * addresses, phone numbers, identifiers, every contact (newest first) and the record's history.
 *
 * @param id          the person (the surviving record, when records were merged)
 * @param records     the person's own record and every record merged into it
 * @param names       other names the person is known or recorded under
 * @param contacts    every mention linked to any of the records, newest first
 * @param merges      merges into or out of any of the records, standing or undone, newest first
 * @param history     the history of every record, newest first
 * @param reviews     possible matches awaiting or given a decision
 * @param summary     contacts in the recent window
 */
public record PersonProfile(PersonId id, String givenName, String familyName, String description,
		LocalDate dateOfBirth, Integer birthYear, String sex, List<PersonId> records, List<NewPerson.Name> names,
		List<NewPerson.PostalAddress> addresses, List<String> phones, List<NewPerson.Identifier> identifiers,
		List<PersonLink> contacts, List<Merge> merges, List<PersonEvent> history, List<MatchReview> reviews,
		ContactSummary summary) {

	/** "Sam Taylor", or the description when the name is not known. */
	public String displayName() {
		return displayName(givenName, familyName, description);
	}

	static String displayName(String givenName, String familyName, String description) {
		String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
		return name.isEmpty() ? (description == null ? "Unknown person" : description) : name;
	}
}
