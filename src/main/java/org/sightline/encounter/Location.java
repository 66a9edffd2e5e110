package org.sightline.encounter;

/** Where the encounter happened: a description, with coordinates when they are known. */
public record Location(@org.sightline.shared.FreeText String description, Double latitude, Double longitude) {
}
