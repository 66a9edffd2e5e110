package org.sightline.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class SignInController {

	private final SingleSignOn singleSignOn;

	SignInController(SingleSignOn singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/sign-in")
	String signIn(Model model) {
		singleSignOn.button().ifPresent(button -> model.addAttribute("singleSignOn", button));
		return "identity/sign-in";
	}
}
