package org.sightline.audit;

import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log page for supervisors and administrators: the newest entries first. */
@Controller
class AuditController {

	private final AuditTrail audit;
	private final AuditChain chain;
	private final ZoneId zone;

	AuditController(AuditTrail audit, AuditChain chain, ZoneId displayZone) {
		this.audit = audit;
		this.chain = chain;
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

	@GetMapping("/audit")
	String latest(Model model) {
		model.addAttribute("entries", audit.latest(200));
		model.addAttribute("zone", zone);
		return "audit/log";
	}
}
