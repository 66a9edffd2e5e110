package org.sightline.person.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sightline.person.PersonId;
import org.sightline.person.PersonRestrictions;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Restricting a person's records to named roles, and lifting it, from the person page. */
@Controller
public class PersonRestrictionController {

	private final PersonRestrictions restrictions;

	PersonRestrictionController(PersonRestrictions restrictions) {
		this.restrictions = restrictions;
	}

	@PostMapping("/people/{id}/restriction")
	String restrict(@PathVariable UUID id, @RequestParam(required = false) String restrictionReason,
			@RequestParam(required = false) List<String> allowedRoles, Actor actor, RedirectAttributes redirect) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (allowedRoles != null) {
			allowedRoles.stream()
				.filter(r -> PersonRestrictions.ROLES.stream().anyMatch(allowed -> allowed.name().equals(r)))
				.forEach(r -> roles.add(Role.valueOf(r)));
		}
		try {
			restrictions.restrict(actor, new PersonId(id), restrictionReason, roles);
			redirect.addFlashAttribute("banner", "Record restricted: only the roles chosen may open it, with a reason");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("restrictionErrors", e.violations());
		}
		return "redirect:/people/" + id + "#restriction";
	}

	@PostMapping("/people/{id}/restriction/lift")
	String lift(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		restrictions.lift(actor, new PersonId(id));
		redirect.addFlashAttribute("banner", "Restriction lifted");
		return "redirect:/people/" + id;
	}
}
