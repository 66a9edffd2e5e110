package org.sightline.routing.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.AgreementStatus;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * What a simulation may compare with the version in force, for the page and the API alike: a stored
 * version that is not in force (a draft or one in review), the version in force with some clauses
 * changed, or an agreement pasted as YAML.
 */
@Component
public class SimulationCandidates {

	/** A stored version to choose, as the page lists it; {@code value} is "id/version". */
	record Option(String value, String title, AgreementRef ref, AgreementStatus status, String edited,
			LocalDate effectiveFrom) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final PartnershipAgreements agreements;

	SimulationCandidates(PartnershipAgreements agreements) {
		this.agreements = agreements;
	}

	List<Option> options(ZoneId zone) {
		return agreements.simulationCandidates()
			.stream()
			.map(v -> new Option(v.ref().id() + "/" + v.ref().version(), v.agreement().title(), v.ref(), v.status(),
					DAY.format(v.edited().at().atZone(zone)), v.agreement().effectiveFrom()))
			.toList();
	}

	String inForceYaml() {
		return agreements.inForceYaml();
	}

	/** @throws InvalidInputException on {@code field} when it is not one of the stored versions listed */
	PartnershipAgreement stored(String value, String field) {
		String[] parts = value == null ? new String[0] : value.trim().split("/", 2);
		if (parts.length == 2) {
			AgreementRef ref = new AgreementRef(parts[0], parts[1]);
			boolean listed = agreements.simulationCandidates().stream().anyMatch(v -> v.ref().equals(ref));
			if (listed) {
				return agreements.version(ref).orElseThrow();
			}
		}
		throw new InvalidInputException(List.of(new Violation(field,
				value == null || value.isBlank() ? "Choose a stored version to simulate"
						: "Choose one of the drafts or versions in review listed (as id/version)")));
	}

	/**
	 * The version in force as changed in its YAML. It keeps the id and version it was copied from,
	 * which no longer describe it, so its version gains "with changes".
	 */
	PartnershipAgreement changedInForce(String yaml) {
		return distinct(AgreementYaml.read(yaml));
	}

	/** The version in force with these clauses replaced (by id) or added. */
	PartnershipAgreement inForceWithClauses(List<?> clauses) {
		return distinct(AgreementYaml.withClauses(agreements.inForceYaml(), clauses));
	}

	PartnershipAgreement pasted(String yaml) {
		return AgreementYaml.read(yaml);
	}

	private PartnershipAgreement distinct(PartnershipAgreement changed) {
		if (!changed.ref().equals(agreements.inForce().ref())) {
			return changed;
		}
		return new PartnershipAgreement(changed.id(), changed.version() + " with changes", changed.title(),
				changed.status(), changed.effectiveFrom(), changed.source(), changed.escalationRoute(), changed.clauses());
	}
}
