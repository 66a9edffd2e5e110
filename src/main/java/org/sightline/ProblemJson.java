package org.sightline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.sightline.shared.ProblemDocument;

/**
 * An RFC 9457 problem document written straight to the response, for the few places that answer
 * before Spring MVC's message converters are in reach (a filter, the security firewall, an error
 * found before a controller is chosen). Everything else returns a {@code ProblemDetail}.
 */
final class ProblemJson {

	static final String INVALID_REQUEST = ProblemDocument.typeFor(400);

	static final String REQUEST_TOO_LARGE = ProblemDocument.typeFor(413);

	static String typeFor(int status) {
		return ProblemDocument.typeFor(status);
	}

	private ProblemJson() {
	}

	/** Writes the problem; {@code field} and {@code message}, when given, become its one entry in {@code errors}. */
	static void write(HttpServletResponse response, int status, String type, String title, String detail,
			String instance, String field, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(ProblemDocument.json(status, type, title, detail, instance, field, message));
	}

}
