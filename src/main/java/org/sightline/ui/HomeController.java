package org.sightline.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "ui/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "ui/accessibility";
	}
}
