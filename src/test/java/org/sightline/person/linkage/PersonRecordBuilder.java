package org.sightline.person.linkage;

/** Builds person records for tests, with valid defaults so each test states only what matters. */
final class PersonRecordBuilder {

	private static int nextId;

	private String id = "r" + nextId++;

	private String given = "Robert";

	private String family = "Allen";

	private PartialDate dateOfBirth = new PartialDate(1971, 6, 24);

	private Address address = new Address("12", "Mill Lane", null, "Bradford", "BD1 4QT");

	private String email;

	private String nationalId;

	private String sex;

	private String freeText;

	private String exactValue;

	static PersonRecordBuilder aPerson() {
		return new PersonRecordBuilder();
	}

	PersonRecordBuilder id(String value) {
		id = value;
		return this;
	}

	PersonRecordBuilder named(String givenName, String familyName) {
		given = givenName;
		family = familyName;
		return this;
	}

	PersonRecordBuilder born(int year, int month, int day) {
		dateOfBirth = new PartialDate(year, month, day);
		return this;
	}

	PersonRecordBuilder born(PartialDate date) {
		dateOfBirth = date;
		return this;
	}

	PersonRecordBuilder livingAt(String number, String street, String locality, String postcode) {
		address = new Address(number, street, null, locality, postcode);
		return this;
	}

	PersonRecordBuilder livingAt(Address value) {
		address = value;
		return this;
	}

	PersonRecordBuilder email(String value) {
		email = value;
		return this;
	}

	PersonRecordBuilder nationalId(String value) {
		nationalId = value;
		return this;
	}

	PersonRecordBuilder sex(String value) {
		sex = value;
		return this;
	}

	PersonRecordBuilder freeText(String value) {
		freeText = value;
		return this;
	}

	PersonRecordBuilder exactValue(String value) {
		exactValue = value;
		return this;
	}

	PersonRecord build() {
		return new PersonRecord(id, given, family, dateOfBirth, address, email, nationalId, sex, freeText, exactValue);
	}
}
