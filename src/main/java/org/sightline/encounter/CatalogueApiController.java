package org.sightline.encounter;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.shared.Situation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the codes that the encounters API accepts. */
@RestController
@Tag(name = "Catalogues", description = "Codes accepted by the encounters API")
class CatalogueApiController {

	record CataloguesResponse(List<String> sources, List<String> situations, List<String> roles,
			List<CatalogueEntry> vulnerabilities, List<CatalogueEntry> circumstances, List<CatalogueEntry> barriers, List<CatalogueEntry> communicationNeeds,
			List<CatalogueEntry> adjustments, List<CatalogueEntry> checks) {
	}

	private final Catalogues catalogues;

	CatalogueApiController(Catalogues catalogues) {
		this.catalogues = catalogues;
	}

	@GetMapping("/api/v1/catalogues")
	@Operation(summary = "The intake catalogues",
			description = "Vulnerabilities are tagged PERSONAL or SITUATIONAL; vulnerabilities and circumstances together "
					+ "are the facts the routing preview accepts (one vocabulary); barriers are the nine of guideline 2.")
	CataloguesResponse catalogues() {
		return new CataloguesResponse(names(Source.values()), names(Situation.values()), names(PersonRole.values()),
				catalogues.vulnerabilities(), catalogues.circumstances(), catalogues.barriers(), catalogues.communicationNeeds(),
				catalogues.adjustments(), catalogues.checks());
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
