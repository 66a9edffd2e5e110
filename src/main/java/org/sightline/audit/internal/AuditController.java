package org.sightline.audit.internal;

import java.time.ZoneId;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditChain;
import org.sightline.audit.AuditReading;
import org.sightline.audit.AuditSearch;
import org.sightline.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log pages for supervisors and administrators (the data protection officer's view). */
@Controller
public class AuditController {

	private final AuditTrail audit;
	private final AuditChain chain;
	private final AuditReading reading;
	private final ZoneId zone;

	AuditController(AuditTrail audit, AuditChain chain, AuditReading reading, ZoneId displayZone) {
		this.audit = audit;
		this.chain = chain;
		this.reading = reading;
		this.zone = displayZone;
	}

	/** Walks the hash chain now and shows what it found, the head and the anchors. */
	@GetMapping("/audit/verify")
	String verify(org.sightline.shared.Actor actor, Model model) {
		AuditChain.Verification result = chain.verify();
		audit.record(actor, AuditAction.CONSULTATION, "AUDIT_CHAIN", "audit-log", "Verified the audit log's hash chain",
				"intact=" + result.intact() + "; entries=" + result.entriesChecked());
		model.addAttribute("result", result);
		model.addAttribute("zone", zone);
		return "audit/verify";
	}

	/** Takes an anchor now (the daily job also does), shown here and written to the application log. */
	@org.springframework.web.bind.annotation.PostMapping("/audit/anchors")
	String anchor(org.sightline.shared.Actor actor, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		chain.anchor().ifPresent(a -> {
			audit.record(actor, AuditAction.COLLECTION, "AUDIT_CHAIN", "audit-log", "Anchored the audit log's head",
					"position=" + a.position());
			redirect.addFlashAttribute("banner", "Anchor taken at position " + a.position() + ". Keep a copy outside "
					+ "Sightline: " + a.position() + ":" + a.headHash());
		});
		return "redirect:/audit/verify";
	}

	static final int PAGE_SIZE = 50;
	static final int MAX_EXPORT = 50_000;

	/** The search form's fields, as typed, so they come back in the page and in the URL. */
	record Filters(String user, String action, String type, String record, String person, String from, String to) {

		String query() {
			StringBuilder q = new StringBuilder();
			add(q, "user", user);
			add(q, "action", action);
			add(q, "type", type);
			add(q, "record", record);
			add(q, "person", person);
			add(q, "from", from);
			add(q, "to", to);
			return q.toString();
		}

		private static void add(StringBuilder q, String name, String value) {
			if (value != null && !value.isBlank()) {
				q.append(q.isEmpty() ? "" : "&").append(name).append('=')
					.append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}

	/** Search the log: by person, user, record, action and date range; newest first, 50 a page. */
	@GetMapping("/audit")
	String search(Filters filters, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
			org.sightline.shared.Actor actor, Model model) {
		java.util.List<org.sightline.shared.Violation> problems = new java.util.ArrayList<>();
		AuditSearch search = toSearch(filters, problems);
		model.addAttribute("filters", filters);
		model.addAttribute("actions", AuditAction.values());
		java.util.Map<String, String> words = new java.util.HashMap<>();
		for (AuditAction a : AuditAction.values()) {
			words.put(a.name(), AuditReading.words(a));
		}
		model.addAttribute("actionWords", words);
		model.addAttribute("zone", zone);
		if (!problems.isEmpty()) {
			model.addAttribute("errors", problems);
			model.addAttribute("hasErrors", true);
			return "audit/log";
		}
		AuditTrail.AuditPage result = audit.search(actor, search, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("lines", reading.lines(result.entries()));
		model.addAttribute("query", filters.query());
		return "audit/log";
	}

	/** The same search as CSV (up to 50,000 entries), safe to open in a spreadsheet; the export is audited. */
	@GetMapping("/audit/export")
	org.springframework.http.ResponseEntity<String> export(Filters filters, org.sightline.shared.Actor actor) {
		java.util.List<org.sightline.shared.Violation> problems = new java.util.ArrayList<>();
		AuditSearch search = toSearch(filters, problems);
		if (!problems.isEmpty()) {
			throw new org.sightline.shared.InvalidInputException(problems);
		}
		AuditTrail.AuditPage result = audit.search(actor, search, 1, MAX_EXPORT);
		audit.record(actor, AuditAction.DISCLOSURE, "AUDIT_LOG", "export", "Exported the audit log (CSV)",
				"entries=" + result.entries().size());
		return org.springframework.http.ResponseEntity.ok()
			.contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
			.body(reading.csv(result.entries()));
	}

	private AuditSearch toSearch(Filters f, java.util.List<org.sightline.shared.Violation> problems) {
		java.util.Optional<AuditAction> action = java.util.Optional.empty();
		if (present(f.action())) {
			try {
				action = java.util.Optional.of(AuditAction.valueOf(f.action()));
			}
			catch (IllegalArgumentException e) {
				problems.add(new org.sightline.shared.Violation("action", "Choose an action from the list"));
			}
		}
		java.util.Optional<java.time.Instant> from = date(f.from(), "from", problems).map(d -> d.atStartOfDay(zone).toInstant());
		java.util.Optional<java.time.Instant> to = date(f.to(), "to", problems).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
		if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
			problems.add(new org.sightline.shared.Violation("to", "The last day must be on or after the first day"));
		}
		java.util.List<String> person = java.util.List.of();
		if (present(f.person())) {
			person = java.util.Arrays.stream(f.person().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			if (person.stream().anyMatch(p -> !p.matches("[0-9a-fA-F-]{36}"))) {
				problems.add(new org.sightline.shared.Violation("person", "Open the person's page and follow ‘Who has viewed "
						+ "this person’ to search by person"));
			}
		}
		return new AuditSearch(optional(f.user()), action, optional(f.type()).map(t -> t.toUpperCase(java.util.Locale.ROOT)),
				optional(f.record()), person, from, to);
	}

	private static java.util.Optional<java.time.LocalDate> date(String value, String field,
			java.util.List<org.sightline.shared.Violation> problems) {
		if (!present(value)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(java.time.LocalDate.parse(value.strip()));
		}
		catch (java.time.format.DateTimeParseException e) {
			problems.add(new org.sightline.shared.Violation(field, "Enter a date like 2026-11-30"));
			return java.util.Optional.empty();
		}
	}

	private static java.util.Optional<String> optional(String value) {
		return present(value) ? java.util.Optional.of(value.strip()) : java.util.Optional.empty();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
