package org.sightline.referral.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.PersonRole;
import org.sightline.referral.ConsentStatus;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.LawfulBasis;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedItem;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.supervision.CaseFiles;
import org.sightline.supervision.MaracReferrals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The referral to MARAC a supervisor makes from a MARAC trigger, made by {@link ReferralManagement}
 * like any other. Filled in from the case: about the person the trigger names (or the victims),
 * sharing what a MARAC needs to research the case, on the safeguarding condition, and, for a high
 * risk, without consent (SafeLives: a high-risk case is referred whether or not the victim agrees).
 */
@Component
public class ReviewMaracReferrals implements MaracReferrals {

	/** What a MARAC needs to research and hear the case: no more. */
	static final List<SharedItem> DEFAULT_ITEMS = List.of(SharedItem.NAMES, SharedItem.AGES, SharedItem.LOCATION,
			SharedItem.NARRATIVE, SharedItem.VULNERABILITIES, SharedItem.RISK, SharedItem.TOOL_RESULTS);

	private final ReferralManagement referrals;
	private final AssessmentManagement assessments;
	private final ReviewCaseFiles cases;
	private final MessageSource messages;

	ReviewMaracReferrals(ReferralManagement referrals, AssessmentManagement assessments, ReviewCaseFiles cases,
			MessageSource messages) {
		this.referrals = referrals;
		this.assessments = assessments;
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public Optional<CaseFiles.ReferralMade> existing(Actor actor, UUID encounterId) {
		if (cases.readable(actor, encounterId).isEmpty()) {
			return Optional.empty();
		}
		return referrals.forReadableEncounter(encounterId)
			.stream()
			.filter(r -> r.receivingAgency() == Agency.MARAC && r.status() != ReferralStatus.REVOKED)
			.findFirst()
			.map(ReviewCaseFiles::made);
	}

	@Override
	public Draft draft(Actor actor, UUID encounterId, Optional<UUID> personId, String why) {
		EncounterView encounter = cases.readable(actor, encounterId)
			.orElseThrow(() -> new org.sightline.shared.RecordNotFoundException("Encounter"));
		Optional<AssessmentView> latest = assessments.latestOfReadableEncounter(actor, new EncounterId(encounterId));
		List<UUID> about = personId.filter(id -> encounter.people().stream().anyMatch(p -> p.id().equals(id)))
			.map(List::of)
			.orElseGet(() -> encounter.people().stream().filter(p -> p.role() == PersonRole.VICTIM)
				.map(EncounterView.PersonView::id).toList());
		String names = encounter.people().stream().filter(p -> about.contains(p.id()))
			.map(EncounterView.PersonView::displayName).reduce((a, b) -> a + " and " + b).orElse("the victim");
		boolean high = latest.map(a -> a.highestRisk().name().equals("HIGH")).orElse(false);
		var request = new Request(about, "Referral to MARAC from supervisor review. " + why, riskSummary(latest),
				DEFAULT_ITEMS.stream().map(Enum::name).toList(), LawfulBasis.DPA_PART3_S35_SCHED8_SAFEGUARDING.name(),
				high ? ConsentStatus.NOT_SOUGHT_PREJUDICE.name() : null,
				high ? "High risk of serious harm to " + names + ". A high-risk case is referred to MARAC without consent "
						+ "where that is needed to protect the victim (SafeLives); sharing the minimum the MARAC needs is "
						+ "necessary and proportionate." : null);
		List<Choice> people = encounter.people().stream()
			.map(p -> new Choice(p.id(), p.displayName() + " ("
					+ messages.getMessage("personRole." + p.role().name(), null, Locale.UK).toLowerCase(Locale.UK) + ")"))
			.toList();
		return new Draft(request, people, names(SharedItem.values()), names(LawfulBasis.values()),
				names(ConsentStatus.values()));
	}

	@Override
	public CaseFiles.ReferralMade make(Actor actor, UUID encounterId, Request request) {
		ReferralView made = referrals.create(actor, new CreateReferral(encounterId, Agency.MARAC.name(), request.personIds(),
				request.reason(), request.riskSummary(), request.dataItems(), request.lawfulBasis(), request.consentStatus(),
				request.consentRationale(), true));
		return ReviewCaseFiles.made(made);
	}

	private String riskSummary(Optional<AssessmentView> latest) {
		return latest.map(a -> "THRIVE assessment version " + a.version() + ": "
				+ messages.getMessage("risk." + a.highestRisk().name(), null, Locale.UK).toLowerCase(Locale.UK)
				+ " risk; " + cases.grade(a) + "."
				+ a.tools().stream().map(t -> " " + t.tool() + ": " + t.yesAnswers() + " of " + t.questions()
						+ " answered yes, " + t.finalLevel().toLowerCase(Locale.UK) + " risk.").reduce("", String::concat))
			.orElse(null);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
