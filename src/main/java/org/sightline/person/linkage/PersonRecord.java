package org.sightline.person.linkage;

import java.util.Objects;

/**
 * One record of a person as some system holds it: the thing that linkage compares. Only the id is
 * required; any other part may be null (or {@link PartialDate#UNKNOWN}, {@link Address#UNKNOWN})
 * when the record does not say. Values are compared after normalisation, so they can be given as
 * they were written.
 *
 * @param id         the record's identifier in its source, unique within that source
 * @param givenName  first or given name
 * @param familyName surname or family name
 * @param dateOfBirth date of birth, possibly partial
 * @param address    home address
 * @param email      e-mail address
 * @param nationalId a national identifier such as a National Insurance or social security number
 * @param sex        sex or gender as recorded ("M", "female"); "unknown" and the like count as missing
 * @param freeText   occupation-like free text, compared by the words it shares
 * @param exactValue any other value compared for equality only, such as an ethnicity code
 */
public record PersonRecord(String id, String givenName, String familyName, PartialDate dateOfBirth, Address address,
		String email, String nationalId, String sex, String freeText, String exactValue) {

	public PersonRecord {
		Objects.requireNonNull(id, "id");
		dateOfBirth = dateOfBirth == null ? PartialDate.UNKNOWN : dateOfBirth;
		address = address == null ? Address.UNKNOWN : address;
	}

	/** A record without sex, free text or an exact value, as a person search and most sources give. */
	public PersonRecord(String id, String givenName, String familyName, PartialDate dateOfBirth, Address address,
			String email, String nationalId) {
		this(id, givenName, familyName, dateOfBirth, address, email, nationalId, null, null, null);
	}
}
