package org.sightline.identity.internal;

import org.sightline.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's view of failed sign-ins and of the lockouts in force. */
@Controller
public class SignInAttemptsController {

	private final SignInAttempts attempts;
	private final java.time.ZoneId zone;

	SignInAttemptsController(SignInAttempts attempts, java.time.ZoneId displayZone) {
		this.attempts = attempts;
		this.zone = displayZone;
	}

	@GetMapping("/sign-in-attempts")
	String attempts(Actor actor, Model model) {
		model.addAttribute("report", attempts.report(actor));
		model.addAttribute("days", SignInAttempts.PERIOD.toDays());
		model.addAttribute("zone", zone);
		return "identity/sign-in-attempts";
	}
}
