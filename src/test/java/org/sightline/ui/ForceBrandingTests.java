package org.sightline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The force's colours: used on the header, and refused when people could not read them. */
class ForceBrandingTests {

	@Test
	void the_header_takes_the_forces_colours() {
		String css = new ForceBranding("#4B0082", "#FFFFFF").styles().getBody();
		assertThat(css).contains(".govuk-template--rebranded .govuk-header { background: #4b0082;").contains("color: #ffffff;");
	}

	@Test
	void colours_people_could_not_read_stop_the_application_with_the_contrast_they_have() {
		assertThatThrownBy(() -> new ForceBranding("#1d70b8", "#505a5f")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("contrast of")
			.hasMessageContaining("4.5:1");
	}

	@Test
	void a_colour_not_written_as_rrggbb_is_refused() {
		assertThatThrownBy(() -> new ForceBranding("navy", "#ffffff")).hasMessageContaining("#rrggbb");
	}

	@Test
	void the_contrast_ratio_is_wcags() {
		assertThat(ForceBranding.contrast("#000000", "#ffffff")).isEqualTo(21.0);
		assertThat(ForceBranding.contrast("#767676", "#ffffff")).isBetween(4.5, 4.6);
	}
}
