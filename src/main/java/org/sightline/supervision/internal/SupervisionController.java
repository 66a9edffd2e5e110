package org.sightline.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.sightline.supervision.CaseFiles;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.ReviewItemId;
import org.sightline.supervision.ReviewOutcome;
import org.sightline.supervision.ReviewQueueFilter;
import org.sightline.supervision.ReviewRisk;
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

/** The supervisor's queue and the page to decide one item. */
@Controller
@RequestMapping("/supervision")
public class SupervisionController {

	private final SupervisionManagement supervision;
	private final ObjectProvider<CaseFiles> caseFiles;
	private final ReviewLabels labels;
	private final ZoneId zone;
	private final Clock clock;

	SupervisionController(SupervisionManagement supervision, ObjectProvider<CaseFiles> caseFiles, ReviewLabels labels,
			ZoneId displayZone, Clock clock) {
		this.clock = clock;
		this.supervision = supervision;
		this.caseFiles = caseFiles;
		this.labels = labels;
		this.zone = displayZone;
	}

	/** A filter choice: its value, its words, and whether it is chosen. */
	record Choice(String value, String label, boolean chosen) {
	}

	@GetMapping
	String queue(@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(name = "risk", required = false) List<String> risks, Actor actor, Model model) {
		Set<String> chosenKinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		Set<ReviewRisk> chosenRisks = risks == null ? Set.of()
				: Arrays.stream(ReviewRisk.values()).filter(r -> risks.contains(r.name())).collect(Collectors.toSet());
		List<ReviewItem> open = supervision.openItems();
		List<ReviewItem> items = supervision.openItems(new ReviewQueueFilter(chosenKinds, chosenRisks));
		Map<String, String> kindLabels = new LinkedHashMap<>();
		open.forEach(item -> kindLabels.putIfAbsent(item.kind(), labels.kind(item)));
		chosenKinds.forEach(kind -> kindLabels.putIfAbsent(kind, null));
		model.addAttribute("kinds", kindLabels.entrySet().stream()
			.filter(e -> e.getValue() != null)
			.sorted(Map.Entry.comparingByValue())
			.map(e -> new Choice(e.getKey(), e.getValue(), chosenKinds.contains(e.getKey())))
			.toList());
		model.addAttribute("risks", Arrays.stream(ReviewRisk.values())
			.map(r -> new Choice(r.name(), null, chosenRisks.contains(r)))
			.toList());
		model.addAttribute("filtered", !chosenKinds.isEmpty() || !chosenRisks.isEmpty());
		model.addAttribute("openCount", open.size());
		model.addAttribute("items", items);
		model.addAttribute("cases", cases(actor, items));
		model.addAttribute("zone", zone);
		model.addAttribute("now", Instant.now(clock));
		return "supervision/queue";
	}

	private Map<UUID, CaseFiles.CaseLine> cases(Actor actor, List<ReviewItem> items) {
		CaseFiles files = caseFiles.getIfAvailable();
		List<UUID> encounters = items.stream().flatMap(i -> i.concerning().encounterId().stream()).toList();
		return files == null || encounters.isEmpty() ? Map.of() : files.lines(actor, encounters);
	}

	@GetMapping("/{id}")
	String item(@PathVariable UUID id, Actor actor, Model model) {
		ReviewItem item = supervision.item(new ReviewItemId(id));
		CaseFiles files = caseFiles.getIfAvailable();
		Optional<CaseFiles.CaseSummary> summary = files == null ? Optional.empty()
				: item.concerning().encounterId().flatMap(encounter -> files.summary(actor, encounter));
		model.addAttribute("item", item);
		model.addAttribute("summary", summary.orElse(null));
		model.addAttribute("existingMarac", summary.flatMap(CaseFiles.CaseSummary::maracReferral).orElse(null));
		model.addAttribute("ownItem", item.raisedBy().equals(actor.username()));
		model.addAttribute("outcomes", Arrays.asList(ReviewOutcome.values()));
		model.addAttribute("zone", zone);
		return "supervision/item";
	}

	@PostMapping("/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, Actor actor, Model model, RedirectAttributes redirect) {
		ReviewOutcome chosen = Arrays.stream(ReviewOutcome.values())
			.filter(o -> o.name().equals(outcome))
			.findFirst()
			.orElse(null);
		try {
			supervision.decide(actor, new ReviewItemId(id), chosen, note);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			model.addAttribute("chosenOutcome", outcome);
			model.addAttribute("note", note);
			return item(id, actor, model);
		}
		catch (ConflictException e) {
			model.addAttribute("errors", List.of(new Violation("outcome", e.getMessage())));
			model.addAttribute("hasErrors", true);
			return item(id, actor, model);
		}
		redirect.addFlashAttribute("banner", "Review item closed");
		return "redirect:/supervision";
	}
}
