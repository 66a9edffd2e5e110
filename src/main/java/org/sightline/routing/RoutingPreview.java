package org.sightline.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.RiskTools;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.Catalogues;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Actor;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;
import org.sightline.shared.Violations;
import org.sightline.shared.access.StaffWhoRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing preview for command-and-control systems: what the guidance implies for a described
 * situation, changing nothing but one audit entry. Uses the same rule set as recorded decisions.
 */
@Service
public class RoutingPreview {

	static final List<String> CALLER_TYPES = List.of("MEMBER_OF_PUBLIC", "FAMILY_OR_FRIEND", "SELF", "HEALTH_SERVICE",
			"SOCIAL_CARE", "EDUCATION", "OTHER_AGENCY");

	/** The request of docs/contracts/routing-preview.md, with codes as text so unknown ones can be named. */
	public record Request(String situation, String callerType, Subject subject, List<String> facts, Dash dash,
			History history) {

		public record Subject(Integer ageYears) {
		}

		public record Dash(Integer yesAnswers) {
		}

		public record History(Integer domesticIncidentsLast12Months, Integer monthsSinceLastMarac) {
		}
	}

	private final RoutingPolicy policy;
	private final org.sightline.partnership.PartnershipAgreements agreements;
	private final DashPolicy dash;
	private final Catalogues catalogues;
	private final AuditTrail audit;

	RoutingPreview(RoutingPolicy policy, org.sightline.partnership.PartnershipAgreements agreements, RiskTools tools,
			Catalogues catalogues, AuditTrail audit) {
		this.policy = policy;
		this.agreements = agreements;
		this.dash = new DashPolicy(tools.require("DASH"));
		this.catalogues = catalogues;
		this.audit = audit;
	}

	/** @throws org.sightline.shared.InvalidInputException naming each unknown code or value out of range */
	@StaffWhoRecord
	@Transactional
	public RoutingRecommendation preview(Actor actor, Request request) {
		RoutingCase routingCase = toCase(request);
		PartnershipAgreement agreement = agreements.inForce();
		RoutingRecommendation recommendation = policy.route(routingCase, agreement);
		audit.record(actor, AuditAction.CONSULTATION, "ROUTING_PREVIEW", UUID.randomUUID().toString(), "Routing preview",
				"situation=" + routingCase.situation() + "; outcome=" + recommendation.outcome() + "; agreement="
						+ recommendation.agreement());
		return recommendation;
	}

	RoutingCase toCase(Request request) {
		var problems = new Violations();
		Situation situation = null;
		if (request.situation() == null || request.situation().isBlank()) {
			problems.add("situation", "situation is required");
		}
		else {
			try {
				situation = Situation.valueOf(request.situation());
			}
			catch (IllegalArgumentException e) {
				problems.add("situation", "Unknown situation ‘" + request.situation() + "’");
			}
		}
		if (request.callerType() != null && !CALLER_TYPES.contains(request.callerType())) {
			problems.add("callerType", "Unknown caller type ‘" + request.callerType() + "’; use one of " + String.join(", ", CALLER_TYPES));
		}
		OptionalInt age = OptionalInt.empty();
		if (request.subject() != null && request.subject().ageYears() != null) {
			int years = request.subject().ageYears();
			if (years < 0 || years > 120) {
				problems.add("subject.ageYears", "ageYears must be between 0 and 120");
			}
			else {
				age = OptionalInt.of(years);
			}
		}
		Set<Fact> facts = EnumSet.noneOf(Fact.class);
		List<String> given = request.facts() == null ? List.of() : request.facts();
		for (int i = 0; i < given.size(); i++) {
			int index = i;
			String code = given.get(i);
			// one vocabulary: a fact, or a force's own catalogue code mapped to facts
			Set<Fact> meant = code == null ? Set.of() : catalogues.facts(code);
			if (meant.isEmpty()) {
				problems.add("facts[" + index + "]", "Unknown fact ‘" + code + "’; the codes are listed at /api/v1/catalogues "
						+ "(vulnerabilities and circumstances)");
			}
			facts.addAll(meant);
		}
		Optional<DashOutcome.Graded> graded = Optional.empty();
		if (request.dash() != null) {
			Integer yes = request.dash().yesAnswers();
			if (yes == null || yes < 0 || yes > dash.tool().maximumScore()) {
				problems.add("dash.yesAnswers", "yesAnswers must be between 0 and " + dash.tool().maximumScore());
			}
			else if (dash.gradeYesCount(yes, facts, Optional.empty()) instanceof DashOutcome.Graded g) {
				graded = Optional.of(g);
			}
		}
		OptionalInt incidents = OptionalInt.empty();
		OptionalInt monthsSinceMarac = OptionalInt.empty();
		if (request.history() != null) {
			Integer count = request.history().domesticIncidentsLast12Months();
			if (count != null && count < 0) {
				problems.add("history.domesticIncidentsLast12Months", "domesticIncidentsLast12Months must be 0 or more");
			}
			else if (count != null) {
				incidents = OptionalInt.of(count);
			}
			Integer months = request.history().monthsSinceLastMarac();
			if (months != null && months < 0) {
				problems.add("history.monthsSinceLastMarac", "monthsSinceLastMarac must be 0 or more, or null if never heard at MARAC");
			}
			else if (months != null) {
				monthsSinceMarac = OptionalInt.of(months);
			}
		}
		problems.throwIfAny();
		return new RoutingCase(situation, Optional.ofNullable(request.callerType()), age, facts, graded, incidents,
				monthsSinceMarac, Optional.empty());
	}

	public static List<String> names(List<? extends Enum<?>> values) {
		List<String> names = new ArrayList<>();
		values.forEach(v -> names.add(v.name()));
		return names;
	}
}
