package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attacker's probe of the HTTP edge over real sockets, so that what Tomcat refuses before any
 * servlet runs (a malformed address, an invalid method, a request line or headers too large) is
 * seen as a client sees it, as are bodies above the limit, sent with a length and chunked. Every
 * error is an RFC 9457 problem document (on the API, and wherever Tomcat answers itself) that
 * names no class and no server, nothing is a server error, and the service stays up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sightline.test.http-edge=true", "sightline.api.max-request-body=" + HttpEdgeProblemTests.LIMIT })
class HttpEdgeProblemTests {

	/** The body limit in this test: small, so a valid encounter can be above it. */
	static final int LIMIT = 16 * 1024;

	static final String RESPONDER = "Basic "
			+ Base64.getEncoder().encodeToString("responder:demo-password".getBytes(StandardCharsets.UTF_8));

	static final List<String> LEAKS = List.of("org.", "java.", "Exception", "Tomcat", "Apache", "<html", "<HTML");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	final List<String> defects = new ArrayList<>();

	final Map<Integer, Integer> statuses = new TreeMap<>();

	int sent;

	/** What came back: the status, the headers (names in lower case) and the body. */
	record Answer(int status, Map<String, String> headers, String body) {

		String contentType() {
			return headers.getOrDefault("content-type", "");
		}
	}

	// ---------------------------------------------------------------- requests Tomcat refuses itself

	/** Parts of an address that are not valid, each of which Tomcat (or the firewall) refuses. */
	static final List<String> MALFORMED_SEGMENTS = List.of("%", "%Z", "%ZZ", "%2", "%G0", "%%", "%2e%2e/", "%2e%2e%2f",
			"..%2f", "%2F", "a%2Fb", "%2f%2e%2e", "%5C", "\\", "a\\b", "|", "{", "}", "{}", "^", "`", "\"", "<", ">",
			"\u00e9", "\u00ff", "caf\u00c3\u00a9", "..;/", ";/..;/", "%00", "%c0%af", "%e0%80%af", "%u002e", "..%00/",
			"%2e%2e;/", "..\\..\\");

	static final List<String> PREFIXES = List.of("/api/v1/", "/api/v1/encounters/", "/", "/people/");

	@Test
	void requests_tomcat_refuses_before_any_servlet_are_problem_documents_on_every_path() throws Exception {
		for (String prefix : PREFIXES) {
			for (String segment : MALFORMED_SEGMENTS) {
				for (String method : List.of("GET", "POST")) {
					// ISO-8859-1: each character one byte, so a raw byte above 0x7f is sent as it is
					String target = prefix + segment;
					String body = method.equals("POST") ? "{}" : "";
					byte[] request = (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + RESPONDER
							+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
							+ "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
					check(method + " " + printable(target), target.startsWith("/api/"), true, raw(request));
				}
			}
		}
		for (String method : List.of("G@T", "GET(", "GE\"T", "G,ET", "{GET}", "GE/T", "G\u0001ET", "G\u00e9T", "[POST]",
				"GET:")) {
			byte[] request = (method + " /api/v1/catalogues HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + RESPONDER
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
			check("method " + printable(method), true, true, raw(request));
		}
		// (Tomcat reads two spaces or a tab between the parts as one, and "GET  HTTP/1.1" as HTTP/0.9)
		for (String line : List.of("GET /api/v1/catalogues HTTP/1.1x", "GET /api/v1/catalogues HTTP/1.1 extra",
				"GET /api/v1/catalogues HTTP/1.1\u0001", "GET http://[::1/api/v1/catalogues HTTP/1.1",
				"GET api/v1/catalogues HTTP/1.1", "GET /api/v1/catalogues HTTX/1.1")) {
			byte[] request = (line + "\r\nHost: localhost\r\nAuthorization: " + RESPONDER + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
			check("request line " + printable(line), true, true, raw(request));
		}
		for (int size : List.of(9_000, 20_000, 70_000)) {
			String target = "/api/v1/encounters/" + "a".repeat(size);
			byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
			check("request line of " + size, true, true, raw(request));
			request = ("GET /sign-in?q=" + "a".repeat(size) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
			check("page request line of " + size, false, true, raw(request));
		}
		for (String headers : List.of("X-Big: " + "b".repeat(10_000) + "\r\n", "Cookie: " + "c=1; ".repeat(4_000) + "\r\n",
				"X-Many: 1234567890\r\n".repeat(600), "Bad Header: 1\r\n", "X-Bad\u0001: 1\r\n", "X-NoColon\r\n",
				" folded: 1\r\n")) {
			for (String target : List.of("/api/v1/catalogues", "/sign-in")) {
				byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1);
				check("headers " + printable(headers.substring(0, Math.min(20, headers.length()))) + " on " + target,
						target.startsWith("/api/"), true, raw(request));
			}
		}
		report("Tomcat-level refusals", 300);
	}

	// ---------------------------------------------------------------- bodies above the limit

	@Test
	void a_request_body_above_the_limit_is_a_413_problem_before_it_is_read_or_while_it_is_read_and_nothing_is_stored()
			throws Exception {
		String preview = """
				{"situation": "MISSING_PERSON", "callerType": "FAMILY_OR_FRIEND", "subject": {"ageYears": 81},
				 "facts": ["DEMENTIA", "ADVERSE_WEATHER"]}""";
		// a valid encounter above the limit: the narrative may be 20,000 characters
		String bigEncounter = EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace(
				"\"Caller reports shouting and a child crying next door.\"", "\"" + "Shouting next door. ".repeat(900) + "\"");
		assertThat(bigEncounter.length()).isBetween(LIMIT + 1, 20_000);
		long encountersBefore = encounters();
		for (String path : List.of("/api/v1/routing/preview", "/api/v1/encounters")) {
			String valid = path.endsWith("preview") ? preview : bigEncounter;
			for (int size : List.of(LIMIT + 1, LIMIT * 2, LIMIT * 10, 50 * 1024 * 1024)) {
				// declared too long: refused from the Content-Length, before a byte of the body is read
				byte[] request = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + RESPONDER
						+ "\r\nContent-Type: application/json\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n{")
					.getBytes(StandardCharsets.ISO_8859_1);
				expect(413, "Content-Length " + size + " to " + path, raw(request));
				// chunked: counted while read and refused when the count passes the limit
				expect(413, "chunked " + size + " to " + path, rawChunked(path, padded(valid, Math.min(size, LIMIT * 3)), true));
				// without signing in: a declared length is refused before anything else is looked at; a
				// chunked body is never read, as signing in is checked first
				request = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + size + "\r\nConnection: close\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1);
				expect(413, "Content-Length " + size + " to " + path + " without signing in", raw(request));
				expect(401, "chunked " + size + " to " + path + " without signing in",
						rawChunked(path, padded(valid, Math.min(size, LIMIT * 3)), false));
			}
			expect(413, "valid body above the limit to " + path + " with a length", http(HttpRequest.newBuilder(uri(path))
				.header("Authorization", RESPONDER)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(padded(valid, LIMIT + 1)))));
			expect(413, "valid body above the limit to " + path + " chunked", http(HttpRequest.newBuilder(uri(path))
				.header("Authorization", RESPONDER)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(
						() -> new java.io.ByteArrayInputStream(padded(valid, LIMIT * 2).getBytes(StandardCharsets.UTF_8))))));
		}
		if (encounters() != encountersBefore) {
			defects.add((encounters() - encountersBefore) + " encounters stored by requests above the limit");
		}
		// at the limit, with a length and chunked, the preview is answered
		for (boolean chunked : List.of(false, true)) {
			String body = padded(preview, LIMIT);
			HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/routing/preview"))
				.header("Authorization", RESPONDER)
				.header("Content-Type", "application/json")
				.POST(chunked
						? HttpRequest.BodyPublishers.ofInputStream(
								() -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
						: HttpRequest.BodyPublishers.ofString(body));
			expect(200, "body of exactly the limit, " + (chunked ? "chunked" : "with a length"), http(request));
		}
		// a form post above the limit (the sign-in page) is refused too
		byte[] form = ("POST /sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + (LIMIT * 4) + "\r\nConnection: close\r\n\r\nusername=")
			.getBytes(StandardCharsets.ISO_8859_1);
		Answer answer = raw(form);
		record("form post above the limit", false, true, answer);
		if (answer.status() != 413) {
			defects.add("form post above the limit: " + answer.status() + " instead of 413");
		}
		report("Oversized bodies", 20);
	}

	// ---------------------------------------------------------------- Spring MVC and Security, over HTTP

	@Test
	void errors_from_spring_mvc_and_security_on_the_api_are_problem_documents_over_real_http() throws Exception {
		List<String> getOnly = List.of("/api/v1/catalogues", "/api/v1/person-matches", "/api/v1/marac/referrals",
				"/api/v1/referrals", "/api/v1/people/search?name=Sam");
		List<String> postOnly = List.of("/api/v1/routing/preview", "/api/v1/encounters", "/api/v1/referrals",
				"/api/v1/simulations");
		for (String path : getOnly) {
			for (String method : List.of("DELETE", "PUT", "PATCH")) {
				expect(405, method + " " + path, http(HttpRequest.newBuilder(uri(path))
					.header("Authorization", path.contains("person-matches") || path.contains("marac")
							? basic("supervisor") : RESPONDER)
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString("{}"))));
			}
		}
		for (String path : postOnly) {
			for (String method : List.of("PUT", "PATCH", "DELETE")) {
				expect(405, method + " " + path, http(HttpRequest.newBuilder(uri(path))
					.header("Authorization", basic("supervisor"))
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString("{}"))));
			}
			for (String type : List.of("text/plain", "*/*", "application/*", "application/xml", "text/html",
					"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", "application/yaml")) {
				expect(415, type + " to " + path, http(HttpRequest.newBuilder(uri(path))
					.header("Authorization", basic("supervisor"))
					.header("Content-Type", type)
					.POST(HttpRequest.BodyPublishers.ofString("{}"))));
			}
			// no Content-Type at all: Spring MVC's own 415
			expect(415, "no Content-Type to " + path, http(HttpRequest.newBuilder(uri(path))
				.header("Authorization", basic("supervisor"))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))));
			// YAML, which a reader on the classpath would take, skipping the JSON reader's checks
			expect(415, "YAML with a NUL to " + path, http(HttpRequest.newBuilder(uri(path))
				.header("Authorization", basic("supervisor"))
				.header("Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString("situation: \"MISSING\\0PERSON\"\nreason: \"a\\0b\"\n"))));
		}
		for (String path : List.of("/api/v1/nothing", "/api/v1/encounters/x/y/z", "/api/v2/encounters", "/api/",
				"/api/v1/catalogues/extra", "/api/v1/referrals/1/unknown", "/api/v1/.env", "/api/v1/admin",
				"/api/v1/swagger.json", "/api/v1/%7e", "/api/v1/ZZZ", "/api/v1/encounters.json",
				"/api/v1/people/search/more", "/api/v1/routing", "/api/v1/routing/preview/1")) {
			expect(404, "GET " + path, http(HttpRequest.newBuilder(uri(path)).header("Authorization", RESPONDER).GET()));
		}
		for (String path : List.of("/api/v1/catalogues", "/api/v1/encounters", "/api/v1/nothing", "/api/v1/referrals",
				"/api/v1/routing/preview", "/api/v1/demand", "/api/v1/people/search?name=Sam")) {
			expect(401, "GET " + path + " without signing in", http(HttpRequest.newBuilder(uri(path)).GET()));
			expect(401, "POST " + path + " without signing in", http(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))));
			expect(401, "GET " + path + " with an unknown account", http(HttpRequest.newBuilder(uri(path))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("nobody-" + path.length() + ":wrong").getBytes(StandardCharsets.UTF_8)))
				.GET()));
			expect(401, "GET " + path + " with a malformed Authorization", http(HttpRequest.newBuilder(uri(path))
				.header("Authorization", "Basic !!!not-base64").GET()));
		}
		expect(403, "the demand figures as a responder",
				http(HttpRequest.newBuilder(uri("/api/v1/demand?from=2026-01-01&to=2026-12-01")).header("Authorization", RESPONDER).GET()));
		report("Spring MVC and Security errors", 100);
	}

	@AfterEach
	void theServiceIsStillUp() throws Exception {
		HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
	}

	// ---------------------------------------------------------------- checks

	void expect(int status, String label, Answer answer) {
		record(label, true, status >= 400, answer);
		if (answer.status() != status) {
			defects.add(label + ": " + answer.status() + " instead of " + status + " " + snippet(answer.body()));
		}
	}

	void check(String label, boolean api, boolean mustBeError, Answer answer) {
		record(label, api, mustBeError, answer);
	}

	/**
	 * Counts the answer and notes what is wrong with it: a server error; a refusal that is not an
	 * error; an API error, or Tomcat's own answer anywhere, that is not a problem document whose
	 * status is the HTTP status; any text naming a class or the server.
	 */
	void record(String label, boolean api, boolean mustBeError, Answer answer) {
		sent++;
		statuses.merge(answer.status(), 1, Integer::sum);
		String defect = defect(api, mustBeError, answer);
		if (defect != null) {
			defects.add(label + ": " + defect);
		}
	}

	String defect(boolean api, boolean mustBeError, Answer answer) {
		int status = answer.status();
		String body = answer.body();
		if (status >= 500 || status <= 0) {
			return status + " " + snippet(body);
		}
		if (status < 400) {
			return mustBeError ? "not refused: " + status + " " + snippet(body) : null;
		}
		boolean problem = answer.contentType().startsWith("application/problem+json");
		// a page's refusal from Sightline itself is its own error page; Tomcat's report never passes
		boolean ourPage = !api && answer.contentType().startsWith("text/html") && body.contains("govuk-template");
		if (!problem && !ourPage) {
			return status + " is not a problem document (" + answer.contentType() + "): " + snippet(body);
		}
		if (problem) {
			try {
				JsonNode document = json.readTree(body);
				if (!document.path("type").isString() || !document.path("title").isString()
						|| document.path("status").asInt() != status) {
					return status + " problem without type, title or the status: " + snippet(body);
				}
			}
			catch (RuntimeException notJson) {
				return status + " problem document that is not JSON: " + snippet(body);
			}
			for (String leak : LEAKS) {
				if (body.contains(leak)) {
					return status + " names a class or the server (" + leak + "): " + snippet(body);
				}
			}
		}
		else if (body.contains("Exception") || body.contains("Tomcat") || body.contains("Apache")) {
			return status + " page names a class or the server: " + snippet(body);
		}
		return null;
	}

	void report(String what, int atLeast) {
		System.out.println(what + ": " + sent + " requests over HTTP, statuses " + statuses + ", " + defects.size()
				+ " defects");
		assertThat(sent).isGreaterThanOrEqualTo(atLeast);
		assertThat(defects).as(what + ": server errors, refusals that are not problem documents, leaks").isEmpty();
	}

	// ---------------------------------------------------------------- HTTP by hand

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":demo-password").getBytes(StandardCharsets.UTF_8));
	}

	Answer http(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString());
		Map<String, String> headers = new LinkedHashMap<>();
		response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
		return new Answer(response.statusCode(), headers, response.body());
	}

	/** The JSON with spaces added inside it (before the last brace) up to the size in bytes. */
	static String padded(String json, int size) {
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		if (bytes >= size) {
			return json;
		}
		int brace = json.lastIndexOf('}');
		return json.substring(0, brace) + " ".repeat(size - bytes) + json.substring(brace);
	}

	/** A POST whose body is sent in 4 KB chunks (no Content-Length); writing stops if the server hangs up. */
	Answer rawChunked(String path, String body, boolean signedIn) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(8_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
						+ (signedIn ? "Authorization: " + RESPONDER + "\r\n" : "")
						+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				for (int at = 0; at < bytes.length; at += 4096) {
					int length = Math.min(4096, bytes.length - at);
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					out.write(bytes, at, length);
					out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (IOException hungUp) {
				// the server answered and closed before the whole body was sent: read its answer
			}
			return read(socket.getInputStream());
		}
	}

	/** Sends the bytes exactly as given and reads the answer. */
	Answer raw(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(8_000);
			try {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
			}
			catch (IOException hungUp) {
				// read what the server said before it closed
			}
			return read(socket.getInputStream());
		}
	}

	static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b;
			try {
				b = in.read();
			}
			catch (IOException reset) {
				b = -1;
			}
			if (b < 0) {
				return new Answer(-1, Map.of(), "connection closed without an answer after " + head.size() + " bytes: "
						+ head.toString(StandardCharsets.ISO_8859_1));
			}
			head.write(b);
			matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
					? matched + 1 : (b == '\r' ? 1 : 0);
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			if (headers.containsKey("content-length")) {
				body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
			}
			else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				while (true) {
					String size = line(in).split(";")[0].trim();
					int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
					if (length == 0) {
						break;
					}
					body.write(in.readNBytes(length));
					line(in);
				}
			}
			else {
				body.write(in.readAllBytes());
			}
		}
		catch (IOException reset) {
			// keep what was read
		}
		return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	long encounters() {
		return jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single();
	}

	static String snippet(String body) {
		String oneLine = body.replaceAll("\\s+", " ");
		return oneLine.substring(0, Math.min(160, oneLine.length()));
	}

	static String printable(String text) {
		StringBuilder printable = new StringBuilder();
		for (char c : text.toCharArray()) {
			printable.append(c < 0x20 || c > 0x7e ? String.format("\\x%02x", (int) c) : String.valueOf(c));
		}
		return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable.toString();
	}
}
