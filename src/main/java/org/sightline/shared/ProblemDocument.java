package org.sightline.shared;

/**
 * The JSON text of an RFC 9457 problem document, and the stable {@code type} of each status, for
 * the places that answer before Spring MVC's message converters are in reach (a filter, the
 * security entry points, Tomcat's error valve). Everything else returns a {@code ProblemDetail}
 * with the same types.
 */
public final class ProblemDocument {

	private ProblemDocument() {
	}

	/**
	 * The stable {@code type} of a problem with this status, for the answers that have no more
	 * particular one: a client may rely on it whichever layer answered.
	 */
	public static String typeFor(int status) {
		String name = switch (status) {
			case 400, 414, 431 -> "invalid-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 412 -> "changed-since-read";
			case 413 -> "request-too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			case 503 -> "service-unavailable";
			default -> status >= 500 ? "server-error" : "invalid-request";
		};
		return "https://sightline.example/problems/" + name;
	}

	/** The problem document's JSON text. */
	public static String json(int status, String type, String title, String detail, String instance, String field,
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
