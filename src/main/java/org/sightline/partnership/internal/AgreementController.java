package org.sightline.partnership.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.partnership.AgreementImpact;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.AgreementStatus;
import org.sightline.partnership.AgreementVersionView;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partnership agreement pages: the versions, one version's clauses, importing and editing a draft,
 * submitting it for review, publishing it, and downloading any version as YAML.
 */
@Controller
@RequestMapping("/partnership/agreements")
public class AgreementController {

	private static final String FORM = "yamlForm";
	private static final Pattern CLAUSE_PATH = Pattern.compile("clauses\\[(\\d+)](?:\\.(.+))?");

	private final PartnershipAgreements agreements;
	private final org.springframework.beans.factory.ObjectProvider<AgreementImpact> impact;
	private final ZoneId zone;

	AgreementController(PartnershipAgreements agreements,
			org.springframework.beans.factory.ObjectProvider<AgreementImpact> impact, ZoneId displayZone) {
		this.agreements = agreements;
		this.impact = impact;
		this.zone = displayZone;
	}

	@ModelAttribute
	void pageData(Model model) {
		model.addAttribute("zone", zone);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("versions", agreements.versions());
		return "partnership/agreements";
	}

	@GetMapping("/new")
	String importForm(Model model) {
		model.addAttribute(FORM, new AgreementYamlForm());
		return "partnership/agreement-import";
	}

	@PostMapping("/new")
	String importDraft(@ModelAttribute(FORM) AgreementYamlForm form, Actor actor, Model model,
			RedirectAttributes redirect) {
		Violations fileProblems = new Violations();
		String yaml = form.text(fileProblems);
		try {
			fileProblems.throwIfAny();
			AgreementVersionView draft = agreements.importDraft(actor, yaml);
			redirect.addFlashAttribute("banner", "Draft " + draft.ref() + " imported");
			return redirectTo(draft.ref());
		}
		catch (InvalidInputException e) {
			show(e.violations(), model);
			return "partnership/agreement-import";
		}
	}

	@GetMapping("/{id}/{version}")
	String show(@PathVariable String id, @PathVariable String version, Model model) {
		model.addAttribute("agreement", agreements.view(new AgreementRef(id, version)));
		return "partnership/agreement";
	}

	@GetMapping("/{id}/{version}/edit")
	String editForm(@PathVariable String id, @PathVariable String version, Model model) {
		AgreementRef ref = new AgreementRef(id, version);
		model.addAttribute("agreement", agreements.view(ref));
		model.addAttribute(FORM, AgreementYamlForm.of(agreements.exportYaml(ref)));
		return "partnership/agreement-edit";
	}

	@PostMapping("/{id}/{version}/edit")
	String edit(@PathVariable String id, @PathVariable String version, @ModelAttribute(FORM) AgreementYamlForm form,
			Actor actor, Model model, RedirectAttributes redirect) {
		AgreementRef ref = new AgreementRef(id, version);
		Violations fileProblems = new Violations();
		String yaml = form.text(fileProblems);
		try {
			fileProblems.throwIfAny();
			AgreementVersionView draft = agreements.updateDraft(actor, ref, yaml);
			redirect.addFlashAttribute("banner", "Draft " + draft.ref() + " saved");
			return redirectTo(draft.ref());
		}
		catch (InvalidInputException e) {
			show(e.violations(), model);
		}
		catch (ConflictException e) {
			show(List.of(new Violation("yaml", e.getMessage())), model);
		}
		model.addAttribute("agreement", agreements.view(ref));
		return "partnership/agreement-edit";
	}

	@PostMapping("/{id}/{version}/submit")
	String submit(@PathVariable String id, @PathVariable String version, Actor actor, Model model,
			RedirectAttributes redirect) {
		AgreementRef ref = new AgreementRef(id, version);
		try {
			agreements.submitForReview(actor, ref);
		}
		catch (InvalidInputException | ConflictException e) {
			return refused(ref, e, model);
		}
		redirect.addFlashAttribute("banner", "Agreement " + ref + " submitted for review");
		return redirectTo(ref);
	}

	/**
	 * The second person's review before publishing: the draft beside the version in force, clause by
	 * clause, and what it would have changed over recent encounters.
	 */
	@GetMapping("/{id}/{version}/publish")
	String confirmPublish(@PathVariable String id, @PathVariable String version, Actor actor, Model model) {
		AgreementRef ref = new AgreementRef(id, version);
		AgreementVersionView agreement = agreements.view(ref);
		if (agreement.status() != AgreementStatus.IN_REVIEW) {
			return redirectTo(ref);
		}
		PartnershipAgreement inForce = agreements.inForce();
		model.addAttribute("agreement", agreement);
		model.addAttribute("inForce", inForce.ref());
		model.addAttribute("comparison", AgreementComparison.between(inForce, agreement.agreement()));
		model.addAttribute("secondPerson", agreements.maySecondPublish(actor, ref));
		model.addAttribute("impact", impact.getIfAvailable() == null ? java.util.Optional.empty()
				: impact.getObject().recentImpact(actor, agreement.agreement()));
		return "partnership/agreement-publish";
	}

	@PostMapping("/{id}/{version}/publish")
	String publish(@PathVariable String id, @PathVariable String version, Actor actor, Model model,
			RedirectAttributes redirect) {
		AgreementRef ref = new AgreementRef(id, version);
		try {
			agreements.publish(actor, ref);
		}
		catch (InvalidInputException | ConflictException e) {
			return refused(ref, e, model);
		}
		redirect.addFlashAttribute("banner", "Agreement " + ref + " is now in force");
		return redirectTo(ref);
	}

	@GetMapping("/{id}/{version}/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @PathVariable String version) {
		AgreementRef ref = new AgreementRef(id, version);
		byte[] yaml = agreements.exportYaml(ref).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(id + "-" + version + ".yml").build().toString())
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.body(yaml);
	}

	/** The version's page with what stopped the step, named per clause. */
	private String refused(AgreementRef ref, RuntimeException e, Model model) {
		// a problem with a clause links to the table of clauses; anything else to the version's status
		List<Violation> problems = e instanceof InvalidInputException invalid
				? invalid.violations().stream().map(v -> new Violation(v.field().equals("status") ? "status" : "clauses", v.message())).toList()
				: List.of(new Violation("status", e.getMessage()));
		model.addAttribute("agreement", agreements.view(ref));
		model.addAttribute("errors", problems);
		model.addAttribute("hasErrors", true);
		return "partnership/agreement";
	}

	/** Every problem goes on the field the user can change: the file, or the YAML text. */
	private static void show(List<Violation> violations, Model model) {
		model.addAttribute("errors", violations.stream()
			.map(v -> v.field().equals("file") ? v : new Violation("yaml", where(v.field()) + v.message()))
			.toList());
		model.addAttribute("hasErrors", true);
	}

	/** "clauses[3].primary" becomes "Clause 4, primary: "; a top-level field keeps its name. */
	static String where(String field) {
		if (field.equals("yaml")) {
			return "";
		}
		Matcher clause = CLAUSE_PATH.matcher(field);
		if (clause.matches()) {
			return "Clause " + (Integer.parseInt(clause.group(1)) + 1)
					+ (clause.group(2) == null ? "" : ", " + clause.group(2)) + ": ";
		}
		return field + ": ";
	}

	private static String redirectTo(AgreementRef ref) {
		return "redirect:/partnership/agreements/" + ref.id() + "/" + ref.version();
	}
}
