package org.sightline.referral;

import java.time.Instant;
import java.util.List;

import org.sightline.shared.Situation;

/**
 * What a referral discloses, fixed when it is created: only the chosen items, copied from the
 * encounter and its latest assessment. This is the disclosure record, and all a partner ever sees;
 * a field not shared is null (or an empty list).
 */
public record SharedContent(Situation situation, Instant occurredAt, String location, String narrative,
		List<SharedPerson> people, String responseGrade, List<SharedToolResult> toolResults) {

	public SharedContent {
		people = people == null ? List.of() : List.copyOf(people);
		toolResults = toolResults == null ? List.of() : List.copyOf(toolResults);
	}

	/** One person the referral is about, with the shared items only. */
	public record SharedPerson(String role, String name, Integer ageYears, List<String> vulnerabilities,
			List<String> barriers, List<String> communicationNeeds, List<String> adjustments, String voice,
			String riskLevel) {

		public SharedPerson {
			vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
			barriers = barriers == null ? List.of() : List.copyOf(barriers);
			communicationNeeds = communicationNeeds == null ? List.of() : List.copyOf(communicationNeeds);
			adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
		}
	}

	public record SharedToolResult(String tool, String toolVersion, int yesAnswers, int questions, String level) {
	}
}
