package org.sightline.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

/** Agreements for tests: by default one that may be published (the national agreement's clauses). */
public final class AgreementBuilder {

	private final List<Clause> clauses = new ArrayList<>(AgreementYaml.nationalRcrp().clauses());

	public static AgreementBuilder anAgreement() {
		return new AgreementBuilder();
	}

	public AgreementBuilder without(String clauseId) {
		clauses.removeIf(c -> c.id().equals(clauseId));
		return this;
	}

	public AgreementBuilder with(Clause clause) {
		clauses.add(clause);
		return this;
	}

	public static Clause clause(String id, Situation situation, Agency primary, String... whenAnyFact) {
		return new Clause(id, situation, List.of(whenAnyFact), Optional.ofNullable(primary), List.of(),
				PoliceAttendance.WHEN_THRESHOLD_MET, List.of(), null, null);
	}

	public PartnershipAgreement build() {
		return new PartnershipAgreement("test-agreement", "1", "Test agreement", AgreementStatus.DRAFT, null, null, null,
				clauses);
	}

	/** The national agreement's YAML with a new version and, optionally, text replaced. */
	public static String nationalYamlAs(String version, String... replacements) {
		String yaml = PartnershipReferenceData.nationalYaml().replace("version: \"2023-07-26\"", "version: \"" + version + "\"");
		for (int i = 0; i < replacements.length; i += 2) {
			if (!yaml.contains(replacements[i])) {
				throw new IllegalArgumentException("Not in the national YAML: " + replacements[i]);
			}
			yaml = yaml.replace(replacements[i], replacements[i + 1]);
		}
		return yaml;
	}
}
