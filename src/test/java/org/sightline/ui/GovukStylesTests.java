package org.sightline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The force's pages use the system's own fonts: GDS Transport is for GOV.UK services only. */
class GovukStylesTests {

	@Test
	void the_styles_ask_for_no_GDS_Transport_font_file_and_fall_to_the_system_fonts() throws Exception {
		String version = new java.util.Properties() {
			{
				try (var in = GovukStylesTests.class.getResourceAsStream("/application.properties")) {
					load(in);
				}
			}
		}.getProperty("app.govuk-frontend-version");
		String css = new GovukStyles(version).styles().getBody();
		assertThat(css).doesNotContain("@font-face").doesNotContain("GDS Transport").doesNotContain("/assets/fonts/")
			.contains(GovukStyles.SYSTEM_FONTS)
			.contains(".govuk-body");
	}
}
