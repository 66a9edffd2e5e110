package org.sightline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An RFC 9457 problem document written straight to the response, for the few places that answer
 * before Spring MVC's message converters are in reach (a filter, the security firewall, an error
 * found before a controller is chosen). Everything else returns a {@code ProblemDetail}.
 */
final class ProblemJson {

	static final String INVALID_REQUEST = "https://sightline.example/problems/invalid-request";

	static final String REQUEST_TOO_LARGE = "https://sightline.example/problems/request-too-large";

	/**
	 * The stable {@code type} of a problem with this status, for the answers that have no more
	 * particular one: a client may rely on it whichever layer answered.
	 */
	static String typeFor(int status) {
		String name = switch (status) {
			case 400, 414, 431 -> "invalid-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "request-too-large";
			case 415 -> "unsupported-media-type";
			default -> status >= 500 ? "server-error" : "invalid-request";
		};
		return "https://sightline.example/problems/" + name;
	}

	private ProblemJson() {
	}

	/** Writes the problem; {@code field} and {@code message}, when given, become its one entry in {@code errors}. */
	static void write(HttpServletResponse response, int status, String type, String title, String detail,
			String instance, String field, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(document(status, type, title, detail, instance, field, message));
	}

	/** The problem document's JSON text. */
	static String document(int status, String type, String title, String detail, String instance, String field,
			String message) {
		StringBuilder json = new StringBuilder("{\"type\":").append(quoted(type))
			.append(",\"title\":").append(quoted(title))
			.append(",\"status\":").append(status)
			.append(",\"detail\":").append(quoted(detail));
		if (instance != null) {
			json.append(",\"instance\":").append(quoted(instance));
		}
		if (field != null) {
			json.append(",\"errors\":[{\"field\":").append(quoted(field)).append(",\"message\":").append(quoted(message))
				.append("}]");
		}
		return json.append('}').toString();
	}

	static String quoted(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}
}
