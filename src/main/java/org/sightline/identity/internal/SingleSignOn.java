package org.sightline.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * OpenID Connect single sign-on beside local accounts, when {@code sightline.sso.enabled}: the
 * sign-in page offers "Sign in with ..." (the identity provider is Spring Boot's
 * {@code spring.security.oauth2.client.*}); the provider says who the person is, the force's role
 * mapping ({@link ClaimsPolicy}) what they may do. A person granted no role is refused, and the
 * refusal is audited; a successful sign-in is audited as a local one is ({@link SecurityEventsAudit}).
 * Switched off, it adds nothing to the filter chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SingleSignOnSettings.class)
public class SingleSignOn {

	/** The OAuth 2.0 error code of a person the identity provider knows but Sightline does not let in. */
	static final String NOT_SET_UP = "sightline_not_set_up";

	/** The "Sign in with ..." button: its words (empty: the message bundle's) and where it goes. */
	record Button(Optional<String> label, String href) {
	}

	private final SingleSignOnSettings settings;
	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final Accounts accounts;
	private final SingleSignOnPeople people;
	private final AuditTrail audit;

	SingleSignOn(SingleSignOnSettings settings, ObjectProvider<ClientRegistrationRepository> registrations,
			Accounts accounts, SingleSignOnPeople people, AuditTrail audit) {
		this.settings = settings;
		this.registrations = registrations;
		this.accounts = accounts;
		this.people = people;
		this.audit = audit;
	}

	/** Adds OpenID Connect sign-in to the web filter chain when single sign-on is on; otherwise nothing. */
	void applyTo(HttpSecurity http) throws Exception {
		if (!settings.enabled()) {
			return;
		}
		registration(); // fails the start now, with the setting to fix, rather than at the first sign-in
		http.oauth2Login(login -> login.loginPage("/sign-in")
			.successHandler(SecurityConfig.afterSignIn()) // as the local form: to the page asked for, by path only
			// the provider's tokens live and die with the session, not in a server-wide map
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService()))
			.failureHandler(failureHandler()));
	}

	/** The button on the sign-in page, when single sign-on is on. */
	Optional<Button> button() {
		if (!settings.enabled()) {
			return Optional.empty();
		}
		return Optional.of(new Button(settings.label(), "/oauth2/authorization/" + registration().getRegistrationId()));
	}

	OAuth2UserService<OidcUserRequest, OidcUser> userService() {
		OidcUserService provider = new OidcUserService();
		ClaimsPolicy policy = new ClaimsPolicy(settings, username -> accounts.findByUsername(username).isPresent());
		return request -> {
			OidcUser provided = provider.loadUser(request);
			ClaimsPolicy.Decision decision = policy.decide(provided.getClaims());
			if (decision instanceof ClaimsPolicy.Refused refused) {
				throw new NotSetUp(refused);
			}
			ClaimsPolicy.Admitted admitted = (ClaimsPolicy.Admitted) decision;
			// so that the audit log names them, as it names local accounts
			people.signedIn(admitted.username(), admitted.displayName(), admitted.roles());
			return new SingleSignOnUser(provided, admitted);
		};
	}

	private AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
			String target;
			if (e instanceof NotSetUp refused) {
				// in the form the failed sign-ins page reads (SignInAttempts): why, then the address
				audit.record(auditName(refused.decision.username()), AuditAction.REFUSAL, SecurityEventsAudit.SUBJECT,
						SignInAttempts.RECORD, "Refused single sign-on: not set up for Sightline",
						"Single sign-on: " + refused.decision.reason() + ", from " + request.getRemoteAddr());
				target = "/sign-in?error&no-role";
			}
			else {
				// the provider or the exchange with it failed (a cancelled sign-in, an expired or forged reply)
				String code = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
						: e.getClass().getSimpleName();
				audit.record("(single sign-on)", AuditAction.REFUSAL, SecurityEventsAudit.SUBJECT, SignInAttempts.RECORD,
						"Failed single sign-on", "Single sign-on did not work (" + code + "), from " + request.getRemoteAddr());
				target = "/sign-in?error&sso-failed";
			}
			redirect(request, response, target);
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		response.sendRedirect(request.getContextPath() + target);
	}

	private static String auditName(String username) {
		return username.length() > 100 ? username.substring(0, 100) : username;
	}

	private ClientRegistration registration() {
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		if (repository == null) {
			throw new IllegalStateException("sightline.sso.enabled is true but no identity provider is configured: "
					+ "set spring.security.oauth2.client.registration.<id>.* (see the README, \"Single sign-on\")");
		}
		if (settings.registration() != null) {
			ClientRegistration named = repository.findByRegistrationId(settings.registration());
			if (named == null) {
				throw new IllegalStateException("sightline.sso.registration is " + settings.registration()
						+ " but there is no spring.security.oauth2.client.registration." + settings.registration());
			}
			return named;
		}
		if (!(repository instanceof Iterable<?> all)) {
			throw new IllegalStateException("Set sightline.sso.registration to the registration to sign in with");
		}
		var found = StreamSupport.stream(all.spliterator(), false).map(ClientRegistration.class::cast).toList();
		if (found.size() != 1) {
			throw new IllegalStateException("sightline.sso.registration must name one of the " + found.size()
					+ " registrations in spring.security.oauth2.client.registration");
		}
		return found.get(0);
	}

	/** The identity provider knows the person, but the force's mapping does not let them in. */
	static final class NotSetUp extends OAuth2AuthenticationException {

		private final transient ClaimsPolicy.Refused decision;

		NotSetUp(ClaimsPolicy.Refused decision) {
			super(new OAuth2Error(NOT_SET_UP, "Not set up for Sightline", null));
			this.decision = decision;
		}
	}
}
