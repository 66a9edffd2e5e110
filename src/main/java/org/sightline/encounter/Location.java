package org.sightline.encounter;

/** Where the encounter happened: a description, with coordinates when they are known. */
public record Location(String description, Double latitude, Double longitude) {
}
