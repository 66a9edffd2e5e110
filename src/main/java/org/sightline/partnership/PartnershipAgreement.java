package org.sightline.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sightline.shared.Situation;

/**
 * One version of a partnership agreement. Versions are data: drafting a new one never changes a
 * published one, and every routing decision records the version it used.
 */
public record PartnershipAgreement(String id, String version, String title, AgreementStatus status,
		LocalDate effectiveFrom, String source, String escalationRoute, List<Clause> clauses) {

	public PartnershipAgreement {
		clauses = clauses == null ? List.of() : List.copyOf(clauses);
	}

	public AgreementRef ref() {
		return new AgreementRef(id, version);
	}

	/**
	 * The clause that applies to a situation with these facts: the first conditional clause with a
	 * matching fact, else the situation's default clause.
	 */
	public Optional<Clause> clauseFor(Situation situation, Collection<String> facts) {
		return clauses.stream()
			.filter(c -> c.situation() == situation && !c.isDefault() && c.whenAnyFact().stream().anyMatch(facts::contains))
			.findFirst()
			.or(() -> clauses.stream().filter(c -> c.situation() == situation && c.isDefault()).findFirst());
	}
}
