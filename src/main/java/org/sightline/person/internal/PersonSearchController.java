package org.sightline.person.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.sightline.person.PersonIndex;
import org.sightline.person.PersonQuery;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The person search page: who might the caller be talking about? */
@Controller
@RequestMapping("/people/search")
public class PersonSearchController {

	static final String FORM = "personSearchForm";

	private final PersonIndex index;

	private final Clock clock;

	private final ZoneId zone;

	PersonSearchController(PersonIndex index, Clock clock, ZoneId displayZone) {
		this.index = index;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** With no name the blank form; with a name (or an empty one submitted) the results or the errors. */
	@GetMapping
	String search(@ModelAttribute(FORM) PersonSearchForm form, Actor actor, Model model) {
		if (form.getName() == null && !form.hasDateOfBirth() && form.getAddress() == null && form.getPhone() == null
				&& form.getIdentifier() == null) {
			return "person/search";
		}
		Violations problems = new Violations();
		if ((form.getName() == null || form.getName().isBlank()) && !form.hasPhoneOrIdentifier()) {
			problems.add("name", "Enter a name, a phone number or an identifier");
		}
		Optional<LocalDate> dateOfBirth = form.dateOfBirth(LocalDate.now(clock.withZone(zone)), problems);
		if (!problems.isEmpty()) {
			return withErrors(problems, model);
		}
		try {
			model.addAttribute("candidates", index.search(actor,
					PersonQuery.of(form.getName(), dateOfBirth.orElse(null), form.getAddress())
						.withPhoneAndIdentifier(form.getPhone(), form.getIdentifier())));
		}
		catch (InvalidInputException e) {
			// a name without letters, or a phone number without digits: the index has nothing to look up
			return withErrors(problems.add("name", "Enter a name in letters, a phone number or an identifier"), model);
		}
		return "person/search";
	}

	/** The form again with what was typed, each problem above its field and in the summary (ADR 0010). */
	private static String withErrors(Violations problems, Model model) {
		model.addAttribute("errors", problems.list());
		model.addAttribute("hasErrors", true);
		return "person/search";
	}
}
