package org.sightline.referral.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.referral.ConsentStatus;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.LawfulBasis;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedItem;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Role;
import org.sightline.shared.ReferralsDue;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Police pages for referrals: make one from an encounter, read it and record a partner's answer
 * by hand, the list of referrals, and the MARAC meeting list. Partners use {@link PartnerPortalController}.
 */
@Controller
public class ReferralController {

	private final ReferralManagement referrals;
	private final EncounterManagement encounters;
	private final ZoneId zone;
	private final ReferralPdf pdf;
	private final String forceName;
	private final org.springframework.context.MessageSource messages;
	private final ReferralsDue referralsDue;
	private final ReferrerQuestions questions;
	private final AgencyRoutes routes;
	private final java.time.Clock clock;

	ReferralController(ReferralManagement referrals, EncounterManagement encounters, ZoneId displayZone, ReferralPdf pdf,
			org.sightline.shared.SightlineSettings settings,
			org.springframework.context.MessageSource messages, ReferralsDue referralsDue, ReferrerQuestions questions,
			AgencyRoutes routes, java.time.Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.pdf = pdf;
		this.forceName = settings.forceName();
		this.referrals = referrals;
		this.encounters = encounters;
		this.zone = displayZone;
		this.referralsDue = referralsDue;
		this.questions = questions;
		this.routes = routes;
	}

	@GetMapping("/encounters/{id}/referrals/new")
	String form(@PathVariable UUID id, @RequestParam(required = false) String agency, Actor actor, Model model) {
		EncounterView encounter = encounters.view(actor, new EncounterId(id));
		List<String> due = referralsDue.forEncounter(actor, id).stream().map(Agency::name).toList();
		model.addAttribute("encounter", encounter);
		model.addAttribute("due", due);
		model.addAttribute("agencies", Arrays.stream(Agency.values()).filter(a -> a != Agency.POLICE).toList());
		model.addAttribute("items", Arrays.asList(SharedItem.values()));
		model.addAttribute("bases", Arrays.asList(LawfulBasis.values()));
		model.addAttribute("consents", Arrays.asList(ConsentStatus.values()));
		if (!model.containsAttribute("agency")) {
			model.addAttribute("agency", agency != null ? agency : due.stream().findFirst().orElse(null));
		}
		return "referral/new";
	}

	@PostMapping("/encounters/{id}/referrals/new")
	String create(@PathVariable UUID id, @RequestParam(required = false) String agency,
			@RequestParam(required = false) List<UUID> personIds, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String riskSummary, @RequestParam(required = false) List<String> dataItems,
			@RequestParam(required = false) String lawfulBasis, @RequestParam(required = false) String consentStatus,
			@RequestParam(required = false) String consentRationale, @RequestParam(defaultValue = "send") String action,
			Actor actor, Model model, RedirectAttributes redirect) {
		var request = new CreateReferral(id, agency, personIds, reason, riskSummary, dataItems, lawfulBasis, consentStatus,
				consentRationale, !action.equals("draft"));
		try {
			ReferralView view = referrals.create(actor, request);
			redirect.addFlashAttribute("banner", "Referral " + view.reference() + (view.status() == ReferralStatus.DRAFT
					? " saved as a draft" : " sent to " + messages.getMessage("agency." + view.receivingAgency().name(), null,
							view.receivingAgency().name(), java.util.Locale.UK)));
			return "redirect:/referrals/" + view.id();
		}
		catch (InvalidInputException e) {
			// "personIds[1]" is a problem with the question "Who is it about?", whose id is personIds
			model.addAttribute("errors", e.violations().stream()
				.map(v -> new Violation(v.field().replaceFirst("\\[.*$", ""), v.message()))
				.toList());
			model.addAttribute("hasErrors", true);
			model.addAttribute("agency", agency);
			model.addAttribute("form", request);
			return form(id, agency, actor, model);
		}
	}

	@GetMapping("/referrals/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		ReferralView referral = referrals.view(actor, id);
		model.addAttribute("referral", referral);
		model.addAttribute("deliveries", referrals.deliveries(actor, id));
		// the agency's routes as they are now, not as they were when the referral was sent
		model.addAttribute("routes", routes.notifiable(referral.receivingAgency()));
		model.addAttribute("questions", questions.thread(actor, id));
		model.addAttribute("zone", zone);
		model.addAttribute("canRevoke", actor.hasRole(Role.SUPERVISOR));
		return "referral/show";
	}

	@PostMapping("/referrals/{id}/{step}")
	String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String team, @RequestParam(required = false) String receivedByPhoneFrom,
			@RequestParam(required = false) Integer version, Actor actor, RedirectAttributes redirect) {
		// version: the referral as the page showed it; the step is refused if it changed since
		try {
			ReferralView after = switch (step) {
				case "send" -> referrals.send(actor, id, version);
				case "acknowledge" -> referrals.acknowledge(actor, id, receivedByPhoneFrom, version);
				case "accept" -> referrals.accept(actor, id, text, team, receivedByPhoneFrom, version);
				case "decline" -> referrals.decline(actor, id, text, receivedByPhoneFrom, version);
				case "outcome" -> referrals.recordOutcome(actor, id, text, receivedByPhoneFrom, version);
				case "revoke" -> referrals.revoke(actor, id, text, version);
				default -> throw new org.sightline.shared.RecordNotFoundException("Referral step");
			};
			redirect.addFlashAttribute("banner", "Referral " + after.reference() + " is now "
					+ Referral.describe(after.status()));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("stepErrors", e.violations());
			redirect.addFlashAttribute("stepForm", new StepForm(step, text, team, receivedByPhoneFrom, e.violations()));
		}
		catch (ConflictException e) {
			List<Violation> problems = List.of(new Violation("text", e.getMessage()));
			redirect.addFlashAttribute("stepErrors", problems);
			redirect.addFlashAttribute("stepForm", new StepForm(step, text, team, receivedByPhoneFrom, problems));
		}
		return "redirect:" + (actor.hasRole(Role.PARTNER_PRACTITIONER) ? "/partner/referrals/" : "/referrals/") + id;
	}

	/**
	 * A question to the referrer (from the receiving partner) or the police's answer: one thread on
	 * the referral, shown on both sides.
	 */
	@PostMapping("/referrals/{id}/questions")
	String ask(@PathVariable UUID id, @RequestParam(required = false) String question, Actor actor,
			RedirectAttributes redirect) {
		boolean partner = actor.hasRole(Role.PARTNER_PRACTITIONER);
		try {
			questions.post(actor, id, question);
			redirect.addFlashAttribute("banner", partner ? "Your question was sent to the police" : "Your answer was sent to the agency");
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("questionErrors", e instanceof InvalidInputException invalid ? invalid.violations()
					: List.of(new Violation("question", e.getMessage())));
			redirect.addFlashAttribute("questionText", question);
		}
		return "redirect:" + (partner ? "/partner/referrals/" : "/referrals/") + id + "#questions";
	}

	@GetMapping("/referrals/{id}/pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id, Actor actor) {
		ReferralView view = referrals.export(actor, id, "PDF");
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment().filename(view.reference() + ".pdf").build().toString())
			.body(pdf.render(view, forceName, zone));
	}

	@GetMapping("/referrals")
	String list(Actor actor, Model model) {
		model.addAttribute("referrals", referrals.list(actor, Optional.empty(), Optional.empty()));
		model.addAttribute("zone", zone);
		model.addAttribute("now", java.time.Instant.now(clock));
		return "referral/list";
	}

	@GetMapping("/marac")
	String marac(Actor actor, Model model) {
		model.addAttribute("cases", referrals.maracList(actor));
		model.addAttribute("zone", zone);
		return "referral/marac";
	}
}
