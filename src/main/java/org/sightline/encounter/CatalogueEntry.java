package org.sightline.encounter;

import java.util.List;

/**
 * One code of an intake catalogue. {@code kind} is set for vulnerabilities only; {@code protective}
 * marks a factor that reduces harm (for example, being well supported). {@code means} lists the
 * facts a force's own code stands for when the code is not itself a fact the rules understand.
 */
public record CatalogueEntry(String code, String label, VulnerabilityKind kind, boolean protective, List<String> means) {

	public CatalogueEntry {
		means = means == null ? List.of() : List.copyOf(means);
	}

	public CatalogueEntry(String code, String label, VulnerabilityKind kind, boolean protective) {
		this(code, label, kind, protective, List.of());
	}
}
