package org.sightline.identity.internal;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The health check and the page furniture (styles, scripts, images) never see the session cookie.
 * Sessions are kept in the database; with the cookie, several layers (security, flash messages) would
 * look the session up on every such request: a health check would then report the session store
 * rather than answer for the application, and a page saying the database is down could not load
 * its styles. Runs before the session store's own filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class SessionlessRequests extends OncePerRequestFilter {

	static final String SESSION_COOKIE = "SESSION";

	/** True for a request that needs no session: files, and the health check. */
	static boolean sessionless(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !sessionless(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie[] getCookies() {
				Cookie[] cookies = super.getCookies();
				return cookies == null ? null
						: Arrays.stream(cookies).filter(c -> !SESSION_COOKIE.equals(c.getName())).toArray(Cookie[]::new);
			}
		}, response);
	}
}
