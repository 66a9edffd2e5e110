package org.sightline.supervision.internal;

import java.util.List;
import java.util.UUID;

import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.sightline.supervision.MaracReferrals;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.ReviewItemId;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a MARAC trigger in the queue, the referral to MARAC: filled in from the case, checked by the
 * supervisor, sent, and the item closed with a link to it.
 */
@Controller
@RequestMapping("/supervision/{id}/marac-referral")
public class MaracReferralController {

	private final SupervisionManagement supervision;
	private final ObjectProvider<MaracReferrals> referrals;

	MaracReferralController(SupervisionManagement supervision, ObjectProvider<MaracReferrals> referrals) {
		this.supervision = supervision;
		this.referrals = referrals;
	}

	@GetMapping
	String form(@PathVariable UUID id, Actor actor, Model model, RedirectAttributes redirect) {
		ReviewItem item = supervision.item(new ReviewItemId(id));
		UUID encounter;
		try {
			encounter = supervision.maracTriggerOpenFor(actor, item);
		}
		catch (ConflictException e) {
			// not a MARAC trigger, or already closed: back to the item, saying why
			redirect.addFlashAttribute("banner", e.getMessage());
			return "redirect:/supervision/" + id;
		}
		var existing = referrals.getObject().existing(actor, encounter);
		if (existing.isPresent()) {
			redirect.addFlashAttribute("banner", "A referral to MARAC was already made from this encounter: "
					+ existing.get().reference());
			return "redirect:/supervision/" + id;
		}
		MaracReferrals.Draft draft = referrals.getObject().draft(actor, encounter, item.concerning().personId(), item.reason());
		return page(item, draft, draft.request(), model);
	}

	@PostMapping
	String make(@PathVariable UUID id, @RequestParam(name = "personIds", required = false) List<UUID> personIds,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String riskSummary,
			@RequestParam(name = "dataItems", required = false) List<String> dataItems,
			@RequestParam(required = false) String lawfulBasis, @RequestParam(required = false) String consentStatus,
			@RequestParam(required = false) String consentRationale, Actor actor, Model model, RedirectAttributes redirect) {
		var request = new MaracReferrals.Request(personIds, reason, riskSummary, dataItems, lawfulBasis, consentStatus,
				consentRationale);
		ReviewItem item = supervision.item(new ReviewItemId(id));
		try {
			SupervisionManagement.MaracReferralMade made = supervision.makeMaracReferral(actor, item.id(), request);
			redirect.addFlashAttribute("banner", made.created()
					? "Referral " + made.referral().reference() + " sent to MARAC; review item closed"
					: "A referral to MARAC was already made from this encounter: " + made.referral().reference());
			return made.created() ? "redirect:/supervision" : "redirect:/supervision/" + id;
		}
		catch (InvalidInputException e) {
			// an error about one of a list (dataItems[2]) links to the list's question
			model.addAttribute("errors", e.violations().stream()
				.map(v -> new Violation(v.field().replaceAll("\\[.*$", ""), v.message()))
				.toList());
		}
		catch (ConflictException e) {
			if (item.concerning().encounterId().isEmpty()) {
				redirect.addFlashAttribute("banner", e.getMessage());
				return "redirect:/supervision/" + id;
			}
			model.addAttribute("errors", List.of(new Violation("personIds", e.getMessage())));
		}
		UUID encounter = item.concerning().encounterId().orElseThrow();
		MaracReferrals.Draft draft = referrals.getObject().draft(actor, encounter, item.concerning().personId(), item.reason());
		return page(item, draft, request, model);
	}

	private static String page(ReviewItem item, MaracReferrals.Draft draft, MaracReferrals.Request request, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("draft", draft);
		model.addAttribute("form", request);
		return "supervision/marac-referral";
	}
}
