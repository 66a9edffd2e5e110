package org.sightline.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.sightline.shared.RoleGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which URL. The JSON API under {@code /api} is stateless and takes HTTP Basic or an
 * access token Sightline issued ({@link ApiTokenController}), at a rate per client;
 * the HTML pages use a session, a GOV.UK sign-in page and CSRF tokens on every form. Finer
 * rules sit on the module facades (method security) and inside each module (record level).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	// without a web server (the demo-force command) there is no HTTP to secure; method security stays
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Accounts accounts, ApiTokens tokens, ApiRateLimit rateLimit,
			AuthenticationConfiguration authentication) throws Exception {
		AuthenticationEntryPoint signIn = (request, response, e) -> {
			if (!databaseUnavailable(response, e)) {
				problem(response, HttpStatus.UNAUTHORIZED,
						"Sign in with HTTP Basic or an access token (Authorization: Bearer) to use the Sightline API.",
						"Basic realm=\"Sightline\"", "Bearer realm=\"Sightline\"");
			}
		};
		http.securityMatcher("/api/**")
			// most API rules sit on the module facades; the simulation is refused here too, before its
			// request is read, as its page is
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/simulations")
				.hasAnyRole(RoleGroup.AGREEMENT_SIMULATORS.roleNames())
				.requestMatchers("/api/v1/demand")
				.hasAnyRole(RoleGroup.DEMAND_READERS.roleNames())
				.anyRequest()
				.authenticated())
			// people and existing clients: the account's password on every request (one hash each)
			.httpBasic(basic -> basic.authenticationEntryPoint(signIn))
			// machine clients: a token from ApiTokenController, checked by its signature (no password hash)
			.oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(badToken())
				.jwt(jwt -> jwt.decoder(tokens.decoder())
					.jwtAuthenticationConverter(token -> ApiClientAuthentication.of(token, accounts))))
			.addFilterAfter(clientSecretInForm(authentication.getAuthenticationManager(), signIn),
					org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
			.addFilterBefore(rateLimited(rateLimit), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn)
				.accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
						"Your role does not allow this.")));
		return http.build();
	}

	/** A missing, expired, tampered or foreign token: RFC 6750's challenge, with a problem document. */
	private static AuthenticationEntryPoint badToken() {
		var bearer = new org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint();
		bearer.setRealmName("Sightline");
		return (request, response, e) -> {
			if (databaseUnavailable(response, e)) {
				return;
			}
			bearer.commence(request, response, e); // the WWW-Authenticate: Bearer error="invalid_token" header
			problem(response, HttpStatus.UNAUTHORIZED,
					"The access token is expired, altered, not Sightline's, or its client is switched off. Get a new one from "
							+ ApiTokenController.PATH + ".");
		};
	}

	/**
	 * RFC 6749 §2.3.1's other way to send a client's secret: {@code client_id} and
	 * {@code client_secret} in the token request's form (never in the address). Checked by the same
	 * authentication manager as HTTP Basic, so a wrong secret is audited and throttled the same way.
	 */
	private static jakarta.servlet.Filter clientSecretInForm(
			org.springframework.security.authentication.AuthenticationManager manager, AuthenticationEntryPoint refused) {
		var details = new org.springframework.security.web.authentication.WebAuthenticationDetailsSource();
		var filter = new org.springframework.security.web.authentication.AuthenticationFilter(manager, request -> {
			String id = request.getParameter("client_id");
			String secret = request.getParameter("client_secret");
			String query = request.getQueryString();
			if (id == null || secret == null || request.getHeader("Authorization") != null
					|| (query != null && query.contains("client_secret"))) {
				return null;
			}
			var attempt = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(id,
					secret);
			attempt.setDetails(details.buildDetails(request));
			return attempt;
		});
		filter.setRequestMatcher(org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, ApiTokenController.PATH));
		filter.setSuccessHandler((request, response, authentication) -> {
			// carry on to the token endpoint
		});
		filter.setFailureHandler(
				new org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler(refused));
		return filter;
	}

	/** Per-client rate: a client over it gets a 429 problem with Retry-After, before its request is read. */
	private static jakarta.servlet.Filter rateLimited(ApiRateLimit rateLimit) {
		return new org.springframework.web.filter.OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
					jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
				var who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
				if (rateLimit.on() && who != null && who.isAuthenticated()
						&& !(who instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
					var wait = rateLimit.take(who.getName());
					if (wait.isPresent()) {
						long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
						response.setHeader("Retry-After", Long.toString(seconds));
						problem(response, HttpStatus.TOO_MANY_REQUESTS,
								"Too many requests from this client. Try again in " + seconds + " s.");
						return;
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

	@Bean
	// without a web server (the demo-force command) there is no HTTP to secure; method security stays
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain web(HttpSecurity http,
			SingleSignOn singleSignOn,
			IdentitySettings settings)
			throws Exception {
		// the API's description tells an attacker what to try: behind sign-in unless a force publishes it
		String[] apiDocs = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };
		singleSignOn.applyTo(http); // "Sign in with ..." beside the local form, when sightline.sso.enabled
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/assets/**", "/webjars/**", "/css/**", "/js/**", "/sign-in", "/error", "/accessibility",
						"/actuator/health")
				.permitAll()
				.requestMatchers(apiDocs)
				.access(settings.apiDocs().isPublic()
						? (authentication, context) -> new org.springframework.security.authorization.AuthorizationDecision(true)
						: org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated())
				.requestMatchers("/encounters", "/encounters/new", "/encounters/mine")
				.hasAnyRole(RoleGroup.STAFF_WHO_RECORD.roleNames())
				.requestMatchers("/hub", "/hub/**")
				.hasAnyRole(RoleGroup.SAFEGUARDING_REVIEWERS.roleNames())
				.requestMatchers("/people/*/subject-access", "/records-review", "/records-review/**")
				.hasRole("SUPERVISOR")
				.requestMatchers("/people/matches", "/people/matches/**", "/people/*/merge", "/people/*/unmerge",
						"/people/*/restriction", "/people/*/restriction/**")
				.hasAnyRole(RoleGroup.SAFEGUARDING_REVIEWERS.roleNames())
				.requestMatchers("/people", "/people/**")
				.hasAnyRole(RoleGroup.STAFF_WHO_RECORD.roleNames())
				.requestMatchers("/partner/**")
				.hasRole("PARTNER_PRACTITIONER")
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/referrals/*/*")
				.hasAnyRole(RoleGroup.REFERRAL_PARTIES.roleNames())
				.requestMatchers("/referrals", "/referrals/**")
				.hasAnyRole(RoleGroup.STAFF_WHO_RECORD.roleNames())
				.requestMatchers("/marac")
				.hasAnyRole(RoleGroup.SAFEGUARDING_REVIEWERS.roleNames())
				// aggregates only: the demand figures never name a person
				.requestMatchers("/demand", "/demand/**", "/demand.csv", "/api/v1/demand")
				.hasAnyRole(RoleGroup.DEMAND_READERS.roleNames())
				.requestMatchers("/simulation", "/simulation/**")
				.hasAnyRole(RoleGroup.AGREEMENT_SIMULATORS.roleNames())
				.requestMatchers("/routing/**")
				.hasAnyRole(RoleGroup.STAFF_WHO_RECORD.roleNames())
				.requestMatchers("/supervision", "/supervision/**")
				.hasRole("SUPERVISOR")
				.requestMatchers("/audit", "/audit/**")
				.hasAnyRole(RoleGroup.AUDIT_READERS.roleNames())
				.requestMatchers("/sign-in-attempts")
				.hasRole("ADMIN")
				// learning (#18): police staff only, never a partner practitioner
				.requestMatchers("/learning/teams")
				.hasAnyRole(RoleGroup.TEAM_MANAGERS.roleNames())
				.requestMatchers("/learning/teams/*")
				.hasAnyRole(RoleGroup.TEAM_LEARNING_READERS.roleNames())
				.requestMatchers("/learning/records", "/learning/records/**")
				.hasRole("TRAINER")
				.requestMatchers("/learning", "/learning/**")
				.hasAnyRole(RoleGroup.POLICE_STAFF.roleNames())
				// Supervisors may read partnership agreements and download them; only administrators change them.
				.requestMatchers(HttpMethod.GET, "/partnership/agreements", "/partnership/agreements/*/*",
						"/partnership/agreements/*/*/export")
				.hasAnyRole(RoleGroup.AGREEMENT_READERS.roleNames())
				.requestMatchers("/partnership", "/partnership/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.addFilterAfter(new FormTokenBeforeRendering(), org.springframework.security.web.csrf.CsrfFilter.class)
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.successHandler(afterSignIn())
				.failureHandler(signInFailed()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
								+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
		return http.build();
	}

	/** To the page asked for before signing in (its path only), or home. */
	static org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
		var handler = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/");
		handler.setRedirectStrategy(new PathOnlyRedirects());
		return handler;
	}

	/**
	 * Back to the sign-in form: "enter a correct username and password", "too many wrong passwords",
	 * or, when the password could not be checked because the database cannot be reached, "the
	 * service is unavailable, try again" (the password may well be right).
	 */
	static org.springframework.security.web.authentication.AuthenticationFailureHandler signInFailed() {
		var byException = new org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler();
		byException.setDefaultFailureUrl("/sign-in?error");
		byException.setExceptionMappings(java.util.Map.of(org.springframework.security.authentication.LockedException.class.getName(),
				"/sign-in?error&locked"));
		var unavailable = new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler(
				"/sign-in?unavailable");
		return (request, response, e) -> {
			if (org.sightline.shared.DatabaseUnavailable.causedBy(e)) {
				unavailable.onAuthenticationFailure(request, response, e);
			}
			else {
				byException.onAuthenticationFailure(request, response, e);
			}
		};
	}

	/** The sign-in page, as a path: never built from the request's Host header. */
	static org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint signInPage() {
		var entryPoint = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/sign-in");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * When the credentials could not be checked because the database cannot be reached: a 503 with
	 * {@code Retry-After} (true), not a 401 — the caller's password or token may be right, and telling
	 * it otherwise would send it to fix the wrong thing.
	 */
	private static boolean databaseUnavailable(HttpServletResponse response,
			org.springframework.security.core.AuthenticationException e) throws IOException {
		if (!org.sightline.shared.DatabaseUnavailable.causedBy(e)) {
			return false;
		}
		response.setHeader("Retry-After", String.valueOf(org.sightline.shared.DatabaseUnavailable.RETRY_AFTER_SECONDS));
		problem(response, HttpStatus.SERVICE_UNAVAILABLE, org.sightline.shared.DatabaseUnavailable.DETAIL);
		return true;
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail, String... challenges)
			throws IOException {
		response.setStatus(status.value());
		for (String challenge : challenges) {
			response.addHeader("WWW-Authenticate", challenge);
		}
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write(org.sightline.shared.ProblemDocument.json(status.value(),
					org.sightline.shared.ProblemDocument.typeFor(status.value()),
					status == HttpStatus.SERVICE_UNAVAILABLE ? "Service unavailable" : status.getReasonPhrase(), detail, null,
					null, null));
	}
}
