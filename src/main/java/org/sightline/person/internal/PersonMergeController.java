package org.sightline.person.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.sightline.person.Candidate;
import org.sightline.person.MatchReview;
import org.sightline.person.Merge;
import org.sightline.person.PersonId;
import org.sightline.person.PersonIndex;
import org.sightline.person.PersonMerging;
import org.sightline.person.PersonQuery;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for supervisors and the safeguarding hub: merge a record into a person (found by a search
 * on the page), undo a merge, and decide possible matches raised at intake.
 */
@Controller
public class PersonMergeController {

	private final PersonIndex index;

	private final PersonMerging merging;

	private final ZoneId zone;

	PersonMergeController(PersonIndex index, PersonMerging merging, ZoneId displayZone) {
		this.index = index;
		this.merging = merging;
		this.zone = displayZone;
	}

	@GetMapping("/people/{id}/merge")
	String mergeForm(@PathVariable UUID id, @RequestParam(required = false) String name, Actor actor, Model model) {
		model.addAttribute("survivorId", id);
		model.addAttribute("name", name);
		if (name != null && !name.isBlank()) {
			model.addAttribute("candidates", others(actor, id, name));
		}
		return "person/merge";
	}

	@PostMapping("/people/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String otherId, @RequestParam(required = false) String reason, Actor actor,
			Model model, RedirectAttributes redirect) {
		try {
			merging.merge(actor, new PersonId(id), uuid(otherId), reason);
			redirect.addFlashAttribute("banner", "Record merged into this person");
			return "redirect:/people/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations()
				.stream()
				.map(v -> switch (v.field()) {
					case "personId" -> new Violation("otherId", "Choose the record to merge into this person");
					case "survivorId" -> new Violation("otherId", v.message());
					default -> v;
				})
				.toList());
		}
		catch (ConflictException e) {
			model.addAttribute("errors", List.of(new Violation("otherId", e.getMessage())));
		}
		model.addAttribute("survivorId", id);
		model.addAttribute("name", name);
		model.addAttribute("otherId", otherId);
		model.addAttribute("reason", reason);
		if (name != null && !name.isBlank()) {
			model.addAttribute("candidates", others(actor, id, name));
		}
		return "person/merge";
	}

	/** The record chosen on the page, if the form sent one that is an id. */
	private static java.util.Optional<UUID> uuid(String text) {
		try {
			return text == null || text.isBlank() ? java.util.Optional.empty()
					: java.util.Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	/** The other records found by the name typed; none when the name has no letters to search by. */
	private List<Candidate> others(Actor actor, UUID id, String name) {
		try {
			return index.search(actor, PersonQuery.of(name, null, null))
				.stream()
				.filter(c -> !c.id().value().equals(id))
				.toList();
		}
		catch (InvalidInputException e) {
			return List.of();
		}
	}

	@GetMapping("/people/{id}/unmerge")
	String unmergeForm(@PathVariable UUID id, Model model) {
		model.addAttribute("mergedId", id);
		return "person/unmerge";
	}

	@PostMapping("/people/{id}/unmerge")
	String unmerge(@PathVariable UUID id, @RequestParam(required = false) String reason, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			Merge undone = merging.unmerge(actor, new PersonId(id), reason);
			redirect.addFlashAttribute("banner", "Merge undone: the two records are separate again");
			return "redirect:/people/" + undone.survivor();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("errors", List.of(new Violation("reason", e.getMessage())));
		}
		model.addAttribute("mergedId", id);
		model.addAttribute("reason", reason);
		return "person/unmerge";
	}

	@GetMapping("/people/matches")
	String matches(org.sightline.shared.Actor actor, Model model) {
		model.addAttribute("reviews", merging.openReviews(actor));
		model.addAttribute("zone", zone);
		return "person/matches";
	}

	@GetMapping("/people/matches/{id}")
	String match(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("view", merging.review(actor, id));
		model.addAttribute("zone", zone);
		return "person/match";
	}

	@PostMapping("/people/matches/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, Actor actor, Model model, RedirectAttributes redirect) {
		Boolean same = "SAME_PERSON".equals(decision) ? Boolean.TRUE
				: "DIFFERENT_PEOPLE".equals(decision) ? Boolean.FALSE : null;
		try {
			MatchReview decided = merging.decide(actor, id, same, note);
			redirect.addFlashAttribute("banner", Boolean.TRUE.equals(same)
					? "Same person: the new record was merged into the existing one"
					: "Different people: both records stay separate");
			return "redirect:/people/matches/" + decided.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("errors", List.of(new Violation("decision", e.getMessage())));
		}
		model.addAttribute("view", merging.review(actor, id));
		model.addAttribute("zone", zone);
		model.addAttribute("decision", decision);
		model.addAttribute("note", note);
		return "person/match";
	}
}
