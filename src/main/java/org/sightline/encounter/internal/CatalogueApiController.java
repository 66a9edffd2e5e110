package org.sightline.encounter.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.encounter.CatalogueEntry;
import org.sightline.encounter.Catalogues;
import org.sightline.encounter.PersonRole;
import org.sightline.encounter.Sex;
import org.sightline.encounter.Source;
import org.sightline.shared.Situation;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the codes that the encounters API accepts. */
@RestController
@Tag(name = "Catalogues", description = "Codes accepted by the encounters API")
public class CatalogueApiController {

	record CataloguesResponse(List<String> sources, List<String> situations, List<String> roles,
			List<CatalogueEntry> vulnerabilities, List<CatalogueEntry> circumstances, List<CatalogueEntry> barriers, List<CatalogueEntry> communicationNeeds,
			List<CatalogueEntry> adjustments, List<CatalogueEntry> checks, List<CatalogueEntry> areas,
			List<CatalogueEntry> ethnicities, List<CatalogueEntry> sexes, List<CatalogueEntry> incidentFeatures) {
	}

	private final Catalogues catalogues;
	private final MessageSource messages;

	CatalogueApiController(Catalogues catalogues, MessageSource messages) {
		this.catalogues = catalogues;
		this.messages = messages;
	}

	@GetMapping("/api/v1/catalogues")
	@Operation(summary = "The intake catalogues",
			description = "Vulnerabilities are tagged PERSONAL or SITUATIONAL; vulnerabilities and circumstances together "
					+ "are the facts the routing preview accepts (one vocabulary); barriers are the nine of guideline 2. "
					+ "Areas, ethnicities and sexes are optional, for the demand dashboard and equality monitoring only; "
					+ "they never change a decision. Incident features (what the people who attended dealt with) are optional, "
					+ "for offering staff support only; they never change a decision and never rank anyone.")
	CataloguesResponse catalogues() {
		return new CataloguesResponse(names(Source.values()), names(Situation.values()), names(PersonRole.values()),
				catalogues.vulnerabilities(), catalogues.circumstances(), catalogues.barriers(), catalogues.communicationNeeds(),
				catalogues.adjustments(), catalogues.checks(), catalogues.areas(), catalogues.ethnicities(), sexes(),
				catalogues.incidentFeatures());
	}

	/** The sexes with the labels the pages show (messages {@code sex.*}). */
	private List<CatalogueEntry> sexes() {
		return Arrays.stream(Sex.values())
			.map(s -> new CatalogueEntry(s.name(), messages.getMessage("sex." + s.name(), null, s.name(), Locale.UK),
					null, false))
			.toList();
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
