package org.sightline.partnership.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.shared.Agency;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The default partner agency for every agency code, read from {@code partnership/partner-agencies.yml}:
 * national services and numbers where there are some, and the usual local arrangements where there
 * are not, for administrators to replace with the force's own.
 */
public final class PartnerAgencyDefaults {

	static final String RESOURCE = "partnership/partner-agencies.yml";

	private PartnerAgencyDefaults() {
	}

	public static List<PartnerAgency> bundled(Instant now) {
		try (InputStream in = PartnerAgencyDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), now);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @throws IllegalStateException when an agency code is missing, repeated or unknown, or a route is malformed */
	@SuppressWarnings("unchecked")
	static List<PartnerAgency> read(String yaml, Instant now) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		List<PartnerAgency> agencies = new ArrayList<>();
		Set<Agency> seen = EnumSet.noneOf(Agency.class);
		for (Object item : (List<Object>) root.get("agencies")) {
			Map<String, Object> map = (Map<String, Object>) item;
			Agency agency = Agency.valueOf(String.valueOf(map.get("agency")));
			if (!seen.add(agency)) {
				throw new IllegalStateException(RESOURCE + " lists " + agency + " twice");
			}
			List<ContactRoute> routes = new ArrayList<>();
			if (map.get("contactRoutes") instanceof List<?> list) {
				for (Object r : list) {
					Map<String, Object> route = (Map<String, Object>) r;
					routes.add(new ContactRoute(ContactRouteKind.valueOf(String.valueOf(route.get("kind"))),
							String.valueOf(route.get("value")), text(route.get("hours"))));
				}
			}
			agencies.add(new PartnerAgency(agency, String.valueOf(map.get("name")), routes, text(map.get("workingHours")),
					text(map.get("outOfHours")), 1, PartnershipAgreements.SYSTEM, now));
		}
		if (!seen.equals(EnumSet.allOf(Agency.class))) {
			throw new IllegalStateException(RESOURCE + " has no default for " + EnumSet.complementOf(EnumSet.copyOf(seen)));
		}
		return agencies;
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value).strip();
	}
}
