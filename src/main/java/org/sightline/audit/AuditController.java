package org.sightline.audit;

import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log page for supervisors and administrators: the newest entries first. */
@Controller
class AuditController {

	private final AuditTrail audit;
	private final ZoneId zone;

	AuditController(AuditTrail audit, ZoneId displayZone) {
		this.audit = audit;
		this.zone = displayZone;
	}

	@GetMapping("/audit")
	String latest(Model model) {
		model.addAttribute("entries", audit.latest(200));
		model.addAttribute("zone", zone);
		return "audit/log";
	}
}
