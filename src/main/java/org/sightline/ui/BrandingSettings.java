package org.sightline.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's colours, under {@code sightline.branding}, with their defaults written here once.
 * {@link ForceBranding} checks them at start-up (a colour that is not {@code #rrggbb}, or text that
 * cannot be read on the header, stops the start, naming the setting).
 *
 * @param headerColour the header's background, {@code #rrggbb}
 * @param headerTextColour the force's name and links on the header, {@code #rrggbb}; at least 4.5:1
 *        against the header colour (WCAG 2.2 AA)
 */
@ConfigurationProperties("sightline.branding")
record BrandingSettings(@DefaultValue("#003a70") String headerColour, @DefaultValue("#ffffff") String headerTextColour) {
}
