package org.sightline.shared;

/**
 * One problem with one field of a request. {@code field} is the path of the field as the JSON API
 * names it (for example {@code people[1].dateOfBirth}); {@code message} is plain English for the user.
 */
public record Violation(String field, String message) implements java.io.Serializable {
}
