package org.sightline.supervision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.RecordAssessment;
import org.sightline.assessment.RiskTools;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.identity.CurrentActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A domestic abuse encounter (handler) assessed at high risk with a high DASH (responder): a MARAC trigger and a high-risk item. */
final class SupervisionCases {

	record Case(EncounterView encounter, AssessmentView assessment) {
	}

	private final UserDetailsService users;
	private final EncounterManagement encounters;
	private final AssessmentManagement assessments;

	SupervisionCases(UserDetailsService users, EncounterManagement encounters, AssessmentManagement assessments) {
		this.users = users;
		this.encounters = encounters;
		this.assessments = assessments;
	}

	Case highRiskDomesticAbuse() {
		EncounterView encounter = as("handler", () -> encounters
			.record(CurrentActor.require(), EncounterFixtures.encounter(Instant.now().minus(1, ChronoUnit.HOURS)),
					Optional.empty())
			.encounter());
		Map<String, String> answers = new LinkedHashMap<>();
		RiskTools.bundled().require("DASH").questions().forEach(q -> answers.put(q.code(), answers.size() < 15 ? "YES" : "NO"));
		var victim = encounter.people().get(0).id();
		var child = encounter.people().get(1).id();
		RecordAssessment command = AssessmentFixtures.withTools(
				AssessmentFixtures.initial(List.of(new RecordAssessment.PersonRisk(victim, "HIGH"),
						new RecordAssessment.PersonRisk(child, "MEDIUM"))),
				List.of(new RecordAssessment.ToolAnswers("DASH", victim, answers, null)));
		AssessmentView assessment = as("responder",
				() -> assessments.record(CurrentActor.require(), new EncounterId(encounter.id()), command));
		return new Case(encounter, assessment);
	}

	<T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var saved = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(saved);
		}
	}
}
