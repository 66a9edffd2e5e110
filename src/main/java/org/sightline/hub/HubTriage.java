package org.sightline.hub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.AssessmentSettings;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.HubConcern;
import org.sightline.assessment.RiskLevel;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.hub.internal.HubSettings;
import org.sightline.hub.internal.TriageDecisions;
import org.sightline.person.MatchReview;
import org.sightline.person.PersonMerging;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.Violations;
import org.sightline.shared.access.SafeguardingReviewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The safeguarding hub's triage queue, and its triage decisions. */
@Service
public class HubTriage {

	static final String AUDIT_SUBJECT = "HUB_TRIAGE";
	static final int MAX_NOTE = 2000;

	/**
	 * What is waiting for the hub: encounters to triage (high risk first, then those with a child,
	 * then newest), referrals that need the hub, and possible person matches.
	 */
	public record Queue(List<HubConcern> encounters, List<ReferralView> referrals, List<MatchReview> possibleMatches) {

		public boolean isEmpty() {
			return encounters.isEmpty() && referrals.isEmpty() && possibleMatches.isEmpty();
		}
	}

	/** An encounter to triage, with what the hub needs to decide. */
	public record TriageCase(EncounterView encounter, AssessmentView latest, HubConcern concern,
			List<ReferralView> referrals) {
	}

	private final AssessmentManagement assessments;
	private final EncounterManagement encounters;
	private final ReferralManagement referrals;
	private final PersonMerging merging;
	private final TriageDecisions decisions;
	private final AuditTrail audit;
	private final Clock clock;
	private final Duration lookBack;
	private final int adultAge;

	HubTriage(AssessmentManagement assessments, EncounterManagement encounters, ReferralManagement referrals,
			PersonMerging merging, TriageDecisions decisions, AuditTrail audit, Clock clock,
			HubSettings settings, AssessmentSettings assessmentSettings) {
		this.assessments = assessments;
		this.encounters = encounters;
		this.referrals = referrals;
		this.merging = merging;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
		this.lookBack = settings.lookBack();
		this.adultAge = assessmentSettings.adultAge();
	}

	@SafeguardingReviewers
	@Transactional
	public Queue queue(Actor actor) {
		Instant now = Instant.now(clock);
		List<HubConcern> concerns = assessments.hubConcernsSince(actor, now.minus(lookBack), 500);
		Map<UUID, TriageDecisions.Decision> triaged = decisions.latestFor(concerns.stream().map(HubConcern::encounterId).toList());
		List<HubConcern> waiting = concerns.stream()
			.filter(c -> !triaged.containsKey(c.encounterId()) || triaged.get(c.encounterId()).assessmentVersion() < c.version())
			.sorted(Comparator.comparing((HubConcern c) -> c.highestRisk() != RiskLevel.HIGH)
				.thenComparing(c -> !c.child())
				.thenComparing(HubConcern::assessedAt, Comparator.reverseOrder()))
			.toList();
		List<ReferralView> needingHub = new ArrayList<>();
		needingHub.addAll(referrals.list(actor, Optional.empty(), Optional.of(ReferralStatus.DRAFT)));
		needingHub.addAll(referrals.list(actor, Optional.empty(), Optional.of(ReferralStatus.DECLINED)));
		for (ReferralStatus waitingOnPartner : List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED)) {
			referrals.list(actor, Optional.empty(), Optional.of(waitingOnPartner))
				.stream()
				.filter(r -> r.decisionDueAt() != null && r.decisionDueAt().isBefore(now))
				.forEach(needingHub::add);
		}
		return new Queue(waiting, needingHub, merging.openReviews(actor));
	}

	/** One encounter to triage: reading it is audited by the modules that own it. */
	@SafeguardingReviewers
	@Transactional
	public TriageCase triageCase(Actor actor, UUID encounterId) {
		EncounterView encounter = encounters.view(actor, new EncounterId(encounterId));
		AssessmentView latest = assessments.latestOfReadableEncounter(actor, new EncounterId(encounterId)).orElse(null);
		HubConcern concern = latest == null ? null : concernOf(encounter, latest);
		return new TriageCase(encounter, latest, concern, referrals.forReadableEncounter(encounterId));
	}

	/**
	 * Records the hub's triage of the encounter as assessed at {@code version}.
	 * @throws org.sightline.shared.InvalidInputException naming each missing or invalid field; nothing stored
	 * @throws ConflictException when the encounter was assessed again, or triaged already, since the page was opened
	 */
	@SafeguardingReviewers
	@Transactional
	public void triage(Actor actor, UUID encounterId, int version, TriageOutcome outcome, String note) {
		Violations problems = new Violations();
		if (outcome == null) {
			problems.add("outcome", "Select what the hub decided");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			problems.add("note", "Say why, in a sentence or two");
		}
		else if (text.length() > MAX_NOTE) {
			problems.add("note", "The note must be " + MAX_NOTE + " characters or fewer");
		}
		problems.throwIfAny();
		encounters.view(actor, new EncounterId(encounterId));
		int latest = assessments.latestOfReadableEncounter(actor, new EncounterId(encounterId))
			.map(AssessmentView::version)
			.orElseThrow(() -> new ConflictException("This encounter has not been assessed yet"));
		if (latest != version) {
			throw new ConflictException("The encounter was re-assessed while you were reading it: read version " + latest
					+ " before you triage it");
		}
		if (!decisions.add(new TriageDecisions.Decision(encounterId, version, outcome, text, actor.username(),
				Instant.now(clock)))) {
			throw new ConflictException("Someone in the hub triaged this version already");
		}
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, encounterId.toString(), "Hub triage",
				"version=" + version + " outcome=" + outcome.name());
	}

	private HubConcern concernOf(EncounterView encounter, AssessmentView latest) {
		boolean child = latest.snapshot().people().stream()
			.anyMatch(p -> (p.ageYears() != null && p.ageYears() < adultAge) || "CHILD_PRESENT".equals(p.role()));
		List<String> due = latest.safeguarding() == null ? List.of() : latest.safeguarding().referralsDue();
		return new HubConcern(encounter.id(), encounter.reference(), encounter.situation(), latest.version(),
				latest.assessedAt(), latest.grade(), latest.highestRisk(), child, due.contains("ADULT_SOCIAL_CARE"), due);
	}
}
