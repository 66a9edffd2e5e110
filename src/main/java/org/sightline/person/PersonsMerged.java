package org.sightline.person;

/** Two person records were found to be the same person: {@code merged} is now read as {@code survivor}. */
public record PersonsMerged(PersonId survivor, PersonId merged) {
}
