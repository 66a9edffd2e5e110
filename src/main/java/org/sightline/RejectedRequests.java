package org.sightline;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request the security firewall refuses (an encoded dot or slash, a semicolon, a malformed
 * address) is a 400: a problem document on the API, the error page elsewhere. Never the
 * container's own page, and never a word about why beyond "not a valid address".
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			if (response.isCommitted()) {
				return;
			}
			String uri = request.getRequestURI();
			if (uri != null && uri.startsWith("/api/")) {
				ProblemJson.write(response, HttpServletResponse.SC_BAD_REQUEST, ProblemJson.INVALID_REQUEST,
						"Invalid request", "This is not a valid address.", null, null, null);
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		};
	}
}
