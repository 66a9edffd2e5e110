package org.sightline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GOV.UK Frontend's styles under the force's own typeface. The GDS Transport font is licensed for
 * GOV.UK services only, and Sightline is not one: its {@code @font-face} rules are removed (so no
 * page asks for a font file that is not there) and every use falls to the system's own sans-serif.
 */
@RestController
class GovukStyles {

	static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

	private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");

	private final String css;
	private final String etag;

	GovukStyles(@Value("${app.govuk-frontend-version}") String version) throws IOException {
		String path = "META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/govuk-frontend.min.css";
		try (InputStream in = GovukStyles.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("GOV.UK Frontend's CSS is not on the classpath: " + path);
			}
			this.css = withSystemFonts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		this.etag = "\"" + version + "-" + Integer.toHexString(css.hashCode()) + "\"";
	}

	static String withSystemFonts(String css) {
		return FONT_FACE.matcher(css).replaceAll("").replace("GDS Transport,arial,sans-serif", SYSTEM_FONTS);
	}

	@GetMapping(value = "/css/govuk-frontend.css", produces = "text/css")
	ResponseEntity<String> styles() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
			.eTag(etag)
			.body(css);
	}
}
