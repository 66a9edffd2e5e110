package org.sightline.identity.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects that carry only a path (and query), never a scheme or a host. A saved request's URL
 * and the sign-in entry point are otherwise built from the request's {@code Host} header, which an
 * attacker writes ({@code Host: evil.example} once gave {@code Location: http://evil.example/sign-in});
 * with Tomcat's relative redirects on, the browser resolves the path against the address it used.
 */
public final class PathOnlyRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
	}

	static String pathOf(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException e) {
			return "/";
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		// "//evil.example" is a path to a browser's eyes only if it starts with one slash
		if (!path.startsWith("/") || path.startsWith("//")) {
			path = "/";
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}
}
