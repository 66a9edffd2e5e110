package org.sightline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sightline.shared.DatabaseUnavailable;
import org.sightline.shared.SightlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost answer when the database cannot be reached before or after Spring MVC: the session
 * store is in the database, so a request with a session cookie needs it to find the session, and
 * again to save it. Such a failure is a 503 with {@code Retry-After}, as it is inside Spring MVC
 * ({@code ApiProblems}, {@code HtmlErrors}): a problem document on the API, a plain page otherwise.
 * The page is written here, without the page layout, because the layout needs the session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
// a filter starts in a @WebMvcTest slice, which starts no configuration class: it binds what it reads
@EnableConfigurationProperties(SightlineSettings.class)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final String forceName;

	DatabaseOutageFilter(SightlineSettings settings) {
		this.forceName = settings.forceName();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!DatabaseUnavailable.causedBy(failure)) {
				throw failure;
			}
			if (response.isCommitted()) {
				// the answer was sent (a 503 from inside, as a rule); only saving the session failed
				log.warn("The database is unavailable: the session of {} {} was not saved", request.getMethod(),
						request.getRequestURI());
				return;
			}
			log.warn("The database is unavailable: {} {} answered 503", request.getMethod(), request.getRequestURI());
			log.debug("Why", failure);
			response.reset();
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			if (request.getRequestURI().startsWith("/api/")) {
				ProblemJson.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ProblemJson.typeFor(503),
						"Service Unavailable", DatabaseUnavailable.DETAIL, request.getRequestURI(), null, null);
				return;
			}
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType("text/html");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(page(HtmlUtils.htmlEscape(forceName)));
		}
	}

	private static String page(String force) {
		return """
				<!DOCTYPE html>
				<html lang="en" class="govuk-template govuk-template--rebranded">
				<head>
				  <meta charset="utf-8">
				  <title>Sorry, the service is unavailable – Sightline – %s</title>
				  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
				  <link rel="stylesheet" href="/css/govuk-frontend.css">
				  <link rel="stylesheet" href="/css/sightline.css">
				  <link rel="stylesheet" href="/css/force.css">
				</head>
				<body class="govuk-template__body">
				<header class="govuk-header"><div class="govuk-header__container govuk-width-container">
				  <span class="govuk-header__logotype-text sl-force-name">%s</span></div></header>
				<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
				  <h1 class="govuk-heading-l">Sorry, the service is unavailable</h1>
				  <p class="govuk-body">Sightline cannot reach its database at the moment. Nothing on this page was saved.</p>
				  <p class="govuk-body">Try again in a few seconds. Anything you saved before this message is safe.</p>
				  <p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>
				</main></div>
				</body>
				</html>
				""".formatted(force, force);
	}
}
