package org.sightline.referral.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.SightlineSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partner portal: a partner practitioner sees the referrals sent to their own agency, and in
 * each only what was shared; they find one by its reference or a shared name, read or print it,
 * ask the police a question, acknowledge, accept or decline it, and record the outcome.
 */
@Controller
public class PartnerPortalController {

	/** The statuses a partner can filter by: a partner never sees a draft. */
	static final List<ReferralStatus> STATUSES = Arrays.stream(ReferralStatus.values())
		.filter(s -> s != ReferralStatus.DRAFT)
		.toList();

	private final ReferralManagement referrals;
	private final ReferrerQuestions questions;
	private final ReferralPdf pdf;
	private final String forceName;
	private final ZoneId zone;

	PartnerPortalController(ReferralManagement referrals, ReferrerQuestions questions, ReferralPdf pdf,
			SightlineSettings settings, ZoneId displayZone) {
		this.referrals = referrals;
		this.questions = questions;
		this.pdf = pdf;
		this.forceName = settings.forceName();
		this.zone = displayZone;
	}

	@GetMapping("/partner/referrals")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q, Actor actor,
			Model model) {
		Optional<ReferralStatus> chosen = STATUSES.stream().filter(s -> s.name().equals(status)).findFirst();
		List<ReferralView> listed;
		try {
			listed = referrals.list(actor, Optional.empty(), chosen, Optional.ofNullable(q));
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			listed = List.of();
		}
		model.addAttribute("referrals", listed);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("status", chosen.map(Enum::name).orElse(""));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filtered", chosen.isPresent() || (q != null && !q.isBlank()));
		model.addAttribute("zone", zone);
		model.addAttribute("agency", actor.agencyCode().orElse(""));
		return "referral/partner-list";
	}

	@GetMapping("/partner/referrals/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("referral", referrals.view(actor, id));
		model.addAttribute("questions", questions.thread(actor, id));
		model.addAttribute("zone", zone);
		return "referral/partner-show";
	}

	/** The referral as shared, laid out to print. */
	@GetMapping("/partner/referrals/{id}/print")
	String print(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("referral", referrals.partnerCopy(actor, id, "print"));
		model.addAttribute("zone", zone);
		model.addAttribute("forceName", forceName);
		return "referral/partner-print";
	}

	/** The referral as shared, as a PDF for the agency's own case record. */
	@GetMapping("/partner/referrals/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Actor actor) {
		ReferralView view = referrals.partnerCopy(actor, id, "PDF");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(view.reference() + ".pdf").build().toString())
			.body(pdf.render(view, forceName, zone));
	}
}
