package org.sightline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * DPA 2018 s62 for the front door: every refusal by role (a URL rule or a method's role check),
 * every sign-in through the form, every failed sign-in (form, HTTP Basic, a token request's secret or
 * a refused access token) and every sign-out goes
 * into the audit log. Refusals of records the person may not see are audited by the module that
 * owns the record. An anonymous request that is sent to sign in is not a refusal of anyone, and is
 * not logged here (throttling guessing is separate).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityEventsAudit {

	static final String SUBJECT = "ACCESS";

	private final AuditTrail audit;
	private final SignInThrottle throttle;

	SecurityEventsAudit(AuditTrail audit, SignInThrottle throttle) {
		this.audit = audit;
		this.throttle = throttle;
	}

	/** A wrong password counts towards the account's and the address's lockout. */
	@EventListener
	void wrongPassword(org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof BearerTokenAuthenticationToken) {
			return; // a bad token is not a password guess: nothing to lock
		}
		throttle.failed(String.valueOf(event.getAuthentication().getName()), addressOf(event.getAuthentication()));
	}

	/** The right password starts the account's count again (a request with a token does not). */
	@EventListener
	void rightPassword(org.springframework.security.authentication.event.AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken)) {
			return; // only a right password clears a count: using a token must not lift a lock on guessing
		}
		throttle.succeeded(event.getAuthentication().getName());
	}

	/** Makes URL and method authorisation publish their refusals as events. */
	@Bean
	static AuthorizationEventPublisher authorizationEventPublisher(ApplicationContext context) {
		return new SpringAuthorizationEventPublisher(context);
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		Authentication who = event.getAuthentication().get();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			return;
		}
		String what;
		Object object = event.getSource();
		if (object instanceof HttpServletRequest request) {
			what = request.getMethod() + " " + request.getRequestURI();
		}
		else if (object instanceof MethodInvocation invocation) {
			what = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
		}
		else {
			what = String.valueOf(object.getClass().getSimpleName());
		}
		audit.record(who.getName(), AuditAction.REFUSAL, SUBJECT, what, "Refused by role", "roles="
				+ String.join(",", who.getAuthorities().stream().map(Object::toString).sorted().toList()));
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		audit.record(event.getAuthentication().getName(), AuditAction.ACCESS, SUBJECT, "sign-in", "Signed in", null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof BearerTokenAuthenticationToken) {
			// never the token itself in the log: it names no one until its signature is checked
			audit.record("(access token)", AuditAction.REFUSAL, SUBJECT, SignInAttempts.RECORD, "Failed sign-in",
					SignInAttempts.detail("Access token refused", AccountUserDetailsService.currentAddress()));
			return;
		}
		String attempted = String.valueOf(event.getAuthentication().getName());
		String address = addressOf(event.getAuthentication());
		audit.record(attempted.length() > 100 ? attempted.substring(0, 100) : attempted, AuditAction.REFUSAL, SUBJECT,
				SignInAttempts.RECORD, "Failed sign-in", SignInAttempts.detail(event.getException(), address));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		audit.record(event.getAuthentication().getName(), AuditAction.ACCESS, SUBJECT, "sign-out", "Signed out", null);
	}

	/** Where an attempt came from: the form's details, or the request being answered (HTTP Basic). */
	private static String addressOf(Authentication attempt) {
		return attempt.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
				? web.getRemoteAddress() : AccountUserDetailsService.currentAddress();
	}
}
