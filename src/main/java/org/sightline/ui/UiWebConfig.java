package org.sightline.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's CSS loads its images from {@code /assets}. Its fonts (GDS Transport) are
 * licensed for GOV.UK services only, and Sightline is not one, so they are not served and the
 * CSS is served without them (see {@link GovukStyles}).
 */
@Configuration(proxyBeanMethods = false)
class UiWebConfig implements WebMvcConfigurer {

	private final String govukFrontendVersion;

	UiWebConfig(@Value("${app.govuk-frontend-version}") String govukFrontendVersion) {
		this.govukFrontendVersion = govukFrontendVersion;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/images/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion
					+ "/dist/govuk/assets/images/");
	}
}
