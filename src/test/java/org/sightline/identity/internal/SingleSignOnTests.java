package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

class SingleSignOnTests {

	static SingleSignOnSettings settings(boolean enabled, String registration) {
		return new SingleSignOnSettings(enabled, null, registration, null, Map.of(), null, null, null);
	}

	static SingleSignOn singleSignOn(SingleSignOnSettings settings, ClientRegistrationRepository repository) {
		var beans = new DefaultListableBeanFactory();
		if (repository != null) {
			beans.registerSingleton("registrations", repository);
		}
		return new SingleSignOn(settings, beans.getBeanProvider(ClientRegistrationRepository.class), null, null, null);
	}

	static ClientRegistration registration(String id) {
		return ClientRegistration.withRegistrationId(id)
			.clientId("sightline")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://idp.example/authorize")
			.tokenUri("https://idp.example/token")
			.build();
	}

	@Test
	void switched_off_single_sign_on_offers_no_button_even_with_a_provider_configured() {
		var repository = new InMemoryClientRegistrationRepository(registration("northshire"));

		assertThat(singleSignOn(settings(false, null), repository).button()).isEmpty();
	}

	@Test
	void the_button_starts_sign_in_with_the_only_provider_configured() {
		var repository = new InMemoryClientRegistrationRepository(registration("northshire"));

		assertThat(singleSignOn(settings(true, null), repository).button())
			.hasValueSatisfying(button -> assertThat(button.href()).isEqualTo("/oauth2/authorization/northshire"));
	}

	@Test
	void with_two_providers_configured_the_setting_names_the_one_to_use() {
		var repository = new InMemoryClientRegistrationRepository(registration("entra"), registration("keycloak"));

		assertThat(singleSignOn(settings(true, "keycloak"), repository).button())
			.hasValueSatisfying(button -> assertThat(button.href()).isEqualTo("/oauth2/authorization/keycloak"));
		assertThatThrownBy(() -> singleSignOn(settings(true, null), repository).button())
			.hasMessageContaining("sightline.sso.registration");
	}

	@Test
	void switched_on_without_a_provider_the_application_says_which_setting_is_missing() {
		assertThatThrownBy(() -> singleSignOn(settings(true, null), null).button())
			.hasMessageContaining("spring.security.oauth2.client.registration");
	}
}
