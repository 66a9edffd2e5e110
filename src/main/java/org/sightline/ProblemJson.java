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

	private ProblemJson() {
	}

	/** Writes the problem; {@code field} and {@code message}, when given, become its one entry in {@code errors}. */
	static void write(HttpServletResponse response, int status, String type, String title, String detail,
			String instance, String field, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
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
		response.getWriter().write(json.append('}').toString());
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
