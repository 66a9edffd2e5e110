package org.sightline.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.identity.CurrentActor;
import org.sightline.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final List<HomeSection> sections;

	HomeController(List<HomeSection> sections) {
		this.sections = sections;
	}

	/**
	 * The home page: what each person can do, with the sections other modules add for them. Police
	 * staff get the reminders for recognising vulnerability; partner practitioners do not, as that
	 * advice is for officers and call handlers.
	 */
	@GetMapping("/")
	String home(Model model) {
		Map<String, Object> shown = new LinkedHashMap<>();
		CurrentActor.get().ifPresent(actor -> sections.stream()
			.filter(section -> section.isFor(actor))
			.forEach(section -> shown.put(section.fragment(), section.model(actor))));
		model.addAttribute("homeSections", shown);
		model.addAttribute("police", CurrentActor.get()
			.map(actor -> !actor.hasRole(Role.PARTNER_PRACTITIONER))
			.orElse(false));
		return "ui/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "ui/accessibility";
	}
}
