package org.sightline.chronology.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.sightline.chronology.Chronology;
import org.sightline.person.PersonId;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.RoleGroup;
import org.sightline.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A person's page: first the reason for opening it (audited), then their chronology. The reason
 * holds for the rest of the session, and every later view is audited with it.
 */
@Controller
@RequestMapping("/people/{id}")
public class ChronologyController {

	static final String FORM = "accessForm";

	static final String SESSION_KEY = "sightline.personAccess";

	/** Entries shown before "show all", newest first: enough for a phone. */
	static final int FIRST_ENTRIES = 100;

	/** Longest reason typed in "another reason": room is left for the "Other: " before it. */
	static final int MAX_REASON = Chronology.MAX_REASON - 20;

	/** The reasons offered, by code, in the words shown. */
	static final Map<String, String> REASONS = new LinkedHashMap<>();

	static {
		REASONS.put("RESPONDING", "Responding to a call or incident involving them");
		REASONS.put("ASSESSING_RISK", "Assessing risk or vulnerability for a current encounter");
		REASONS.put("SAFEGUARDING", "Safeguarding enquiry or referral");
		REASONS.put("SUPERVISION", "Supervisor review or a trigger in the review queue");
		REASONS.put("OTHER", "Another reason");
	}

	private final Chronology chronology;

	private final ZoneId zone;

	private final org.sightline.audit.AuditTrail audit;
	private final org.sightline.audit.AuditReading reading;
	private final org.sightline.person.PersonRestrictions restrictions;

	ChronologyController(Chronology chronology, org.sightline.audit.AuditTrail audit,
			org.sightline.audit.AuditReading reading, org.sightline.person.PersonRestrictions restrictions,
			ZoneId displayZone) {
		this.restrictions = restrictions;
		this.chronology = chronology;
		this.audit = audit;
		this.reading = reading;
		this.zone = displayZone;
	}

	@GetMapping
	String show(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean all,
			Actor actor, HttpSession session, Model model) {
		String reason = granted(session).get(id);
		if (reason == null) {
			model.addAttribute(FORM, new AccessForm());
			return reasonPage(id, model);
		}
		Chronology.PersonChronology page = chronology.open(actor, new PersonId(id), reason);
		model.addAttribute("page", page);
		int shown = all ? page.entries().size() : Math.min(FIRST_ENTRIES, page.entries().size());
		model.addAttribute("entries", page.entries().subList(0, shown));
		model.addAttribute("olderEntries", page.entries().size() - shown);
		// the links and the history grow with every contact too: the same limit, the same "show all"
		model.addAttribute("links", first(page.person().contacts(), all));
		model.addAttribute("history", first(page.person().history(), all));
		model.addAttribute("showingAll", all);
		model.addAttribute("requestedId", id);
		model.addAttribute("person", page.person());
		model.addAttribute("reason", reason);
		model.addAttribute("zone", zone);
		model.addAttribute("mayMerge", RoleGroup.SAFEGUARDING_REVIEWERS.includes(actor));
		model.addAttribute("restriction", restrictions.of(page.person().id()).orElse(null));
		model.addAttribute("restrictableRoles", org.sightline.person.PersonRestrictions.ROLES.stream().map(Enum::name).sorted().toList());
		if (actor.hasRole(Role.SUPERVISOR)) {
			// who has viewed this person: the last 20 readings of any of their records
			List<String> records = page.person().records().stream().map(r -> r.value().toString()).toList();
			var views = audit.search(actor, org.sightline.audit.AuditSearch.viewsOf(records), 1, 20);
			model.addAttribute("views", reading.lines(views.entries()));
			model.addAttribute("viewCount", views.total());
			model.addAttribute("viewsQuery", "person=" + String.join(",", records) + "&action=CONSULTATION");
		}
		return "chronology/person";
	}

	@PostMapping("/access")
	String access(@PathVariable UUID id, @ModelAttribute(FORM) AccessForm form,
			HttpSession session, Model model) {
		String reason = null;
		Violations problems = new Violations();
		if (form.getReason() == null || !REASONS.containsKey(form.getReason())) {
			problems.add("reason", "Select why you need to open this person's record");
		}
		else if (form.getReason().equals("OTHER")) {
			String other = form.getOtherReason() == null ? "" : form.getOtherReason().strip();
			if (other.isEmpty()) {
				problems.add("otherReason", "Say why you need to open this person's record");
			}
			else if (other.length() > MAX_REASON) {
				problems.add("otherReason", "Your reason must be " + MAX_REASON + " characters or fewer");
			}
			reason = "Other: " + other;
		}
		else {
			reason = REASONS.get(form.getReason());
		}
		if (!problems.isEmpty()) {
			model.addAttribute("errors", problems.list());
			model.addAttribute("hasErrors", true);
			return reasonPage(id, model);
		}
		Map<UUID, String> granted = granted(session);
		granted.put(id, reason);
		session.setAttribute(SESSION_KEY, granted);
		return "redirect:/people/" + id;
	}

	private static <T> java.util.List<T> first(java.util.List<T> items, boolean all) {
		return all ? items : items.subList(0, Math.min(FIRST_ENTRIES, items.size()));
	}

	private String reasonPage(UUID id, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("reasons", REASONS);
		return "chronology/reason";
	}

	@SuppressWarnings("unchecked")
	private static Map<UUID, String> granted(HttpSession session) {
		Object held = session.getAttribute(SESSION_KEY);
		if (held instanceof Map<?, ?> map) {
			return (Map<UUID, String>) map;
		}
		Map<UUID, String> fresh = new HashMap<>();
		session.setAttribute(SESSION_KEY, fresh);
		return fresh;
	}
}
