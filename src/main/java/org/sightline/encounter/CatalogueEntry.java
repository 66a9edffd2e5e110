package org.sightline.encounter;

/**
 * One code of an intake catalogue. {@code kind} is set for vulnerabilities only; {@code protective}
 * marks a factor that reduces harm (for example, being well supported).
 */
public record CatalogueEntry(String code, String label, VulnerabilityKind kind, boolean protective) {
}
