package org.sightline.person;

/** A merge was undone: the merged record stands as its own person again. */
public record PersonsUnmerged(PersonId survivor, PersonId merged) {
}
