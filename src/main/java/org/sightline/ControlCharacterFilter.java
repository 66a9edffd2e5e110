package org.sightline;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose address or parameters (query string or form fields) hold a NUL or another
 * control character, before anything reads them: PostgreSQL cannot store a NUL, and no one types
 * one. Tabs and new lines are allowed in form fields (a textarea sends them). The API answers with
 * a problem document naming the parameter; a page with the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String bad = null;
		if (hasControl(request.getRequestURI(), false)) {
			bad = "path";
		}
		else {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				boolean named = hasControl(parameter.getKey(), false);
				boolean valued = false;
				for (String value : parameter.getValue()) {
					valued |= hasControl(value, true);
				}
				if (named || valued) {
					bad = named ? "parameter name" : parameter.getKey();
					break;
				}
			}
		}
		if (bad == null) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemJson.write(response, HttpServletResponse.SC_BAD_REQUEST, ProblemJson.INVALID_REQUEST, "Invalid request",
					"1 field is invalid", null, bad, "It holds a control character (such as NUL); only letters, numbers, "
							+ "punctuation, spaces, tabs and new lines are accepted");
		}
		else {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

	static boolean hasControl(String text, boolean allowLineBreaksAndTabs) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = allowLineBreaksAndTabs && (c == '\n' || c == '\r' || c == '\t');
			if ((c < 0x20 || c == 0x7f) && !allowed) {
				return true;
			}
		}
		return false;
	}
}
