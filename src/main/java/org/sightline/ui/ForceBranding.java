package org.sightline.ui;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The force's own colours on every page (the header and its name), from configuration, served as
 * a style sheet because the content security policy allows no inline styles. Colours that people
 * could not read (text against the header below WCAG's 4.5:1) stop the application at start.
 */
@RestController
// slices include it by name without the ui module's configuration: it binds what it reads
@EnableConfigurationProperties(BrandingSettings.class)
class ForceBranding {

	static final double MINIMUM_CONTRAST = 4.5;

	private final String headerColour;
	private final String textColour;
	private final String css;

	@Autowired
	ForceBranding(BrandingSettings settings) {
		this(settings.headerColour(), settings.headerTextColour());
	}

	ForceBranding(String headerColour, String textColour) {
		this.headerColour = colour(headerColour, "sightline.branding.header-colour");
		this.textColour = colour(textColour, "sightline.branding.header-text-colour");
		double contrast = contrast(this.headerColour, this.textColour);
		if (contrast < MINIMUM_CONTRAST) {
			throw new IllegalStateException(String.format(Locale.ROOT,
					"The header text (%s) on the header colour (%s) has a contrast of %.1f:1; WCAG 2.2 AA needs at least %.1f:1. "
							+ "Choose darker or lighter colours for sightline.branding.*",
					this.textColour, this.headerColour, contrast, MINIMUM_CONTRAST));
		}
		this.css = """
				/* the force's colours (sightline.branding.*), as specific as GOV.UK's own rules so they win */
				.govuk-header, .govuk-template--rebranded .govuk-header { background: %1$s; border-bottom-color: %1$s; }
				.govuk-template--rebranded .govuk-footer { border-top-color: %1$s; }
				.govuk-header__link, .govuk-header__link:visited, .sl-force-name { color: %2$s; }
				.govuk-header__link:focus { color: #0b0c0c; }
				""".formatted(this.headerColour, this.textColour);
	}

	String headerColour() {
		return headerColour;
	}

	@GetMapping(value = "/css/force.css", produces = "text/css")
	ResponseEntity<String> styles() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(css);
	}

	/** A colour as #rrggbb, or the application does not start. */
	static String colour(String value, String property) {
		String colour = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!colour.matches("#[0-9a-f]{6}")) {
			throw new IllegalStateException(property + " must be a colour written #rrggbb, not '" + value + "'");
		}
		return colour;
	}

	/** WCAG's contrast ratio of two #rrggbb colours, from 1 (none) to 21. */
	static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String colour) {
		double[] rgb = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	}
}
