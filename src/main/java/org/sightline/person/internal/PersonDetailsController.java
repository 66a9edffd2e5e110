package org.sightline.person.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sightline.person.MoreDetails;
import org.sightline.person.NewPerson;
import org.sightline.person.PersonId;
import org.sightline.person.PersonIndex;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding what was learned about a person: another name, an address, a phone number, an identifier. */
@Controller
public class PersonDetailsController {

	/** Where each problem shows on the page. */
	private static final Map<String, String> FIELDS = Map.of("details", "aliasGiven", "aliases[0].familyName",
			"aliasFamily", "addresses[0].address", "address", "addresses[0].postcode", "postcode", "phones[0]", "phone",
			"identifiers[0].scheme", "identifierScheme", "identifiers[0].value", "identifierValue");

	private final PersonIndex index;

	PersonDetailsController(PersonIndex index) {
		this.index = index;
	}

	@GetMapping("/people/{id}/details")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("form", Map.of());
		model.addAttribute("schemes", PersonIndex.IDENTIFIER_SCHEMES.stream().sorted().toList());
		return "person/details";
	}

	@PostMapping("/people/{id}/details")
	String add(@PathVariable UUID id, @RequestParam Map<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		List<NewPerson.Name> aliases = new ArrayList<>();
		if (filled(form, "aliasGiven") || filled(form, "aliasFamily")) {
			aliases.add(new NewPerson.Name(form.get("aliasGiven"), form.get("aliasFamily")));
		}
		List<NewPerson.PostalAddress> addresses = new ArrayList<>();
		if (filled(form, "address") || filled(form, "postcode")) {
			addresses.add(new NewPerson.PostalAddress(form.get("address"), form.get("postcode")));
		}
		List<String> phones = filled(form, "phone") ? List.of(form.get("phone")) : List.of();
		List<NewPerson.Identifier> identifiers = new ArrayList<>();
		if (filled(form, "identifierValue") || filled(form, "identifierScheme")) {
			identifiers.add(new NewPerson.Identifier(form.get("identifierScheme"), form.get("identifierValue")));
		}
		try {
			index.addDetails(actor, new PersonId(id), new MoreDetails(aliases, addresses, phones, identifiers));
			redirect.addFlashAttribute("banner", "Details added");
			return "redirect:/people/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations()
				.stream()
				.map(v -> new Violation(FIELDS.getOrDefault(v.field(), "aliasGiven"), v.message()))
				.toList());
		}
		model.addAttribute("personId", id);
		model.addAttribute("form", form);
		model.addAttribute("schemes", PersonIndex.IDENTIFIER_SCHEMES.stream().sorted().toList());
		return "person/details";
	}

	private static boolean filled(Map<String, String> form, String field) {
		return form.get(field) != null && !form.get(field).isBlank();
	}
}
