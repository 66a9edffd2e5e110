package org.sightline.person.linkage;

/**
 * Where a person was recorded as living. Every part may be null. {@code premises} is the second
 * address line (a flat, a building or an estate), which records often swap with the street.
 */
public record Address(String streetNumber, String street, String premises, String locality, String postcode) {

	public static final Address UNKNOWN = new Address(null, null, null, null, null);
}
