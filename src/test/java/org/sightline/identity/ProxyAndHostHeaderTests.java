package org.sightline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (a socket, so the Host and X-Forwarded headers are sent as written): redirects
 * never carry the Host header a caller wrote, and a request that reached the proxy over HTTPS gets
 * a Secure session cookie and Strict-Transport-Security, while plain HTTP on the local network
 * gets neither (a browser would drop a Secure cookie there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxyAndHostHeaderTests {

	@LocalServerPort
	int port;

	record Answer(int status, List<String> headers, String body) {

		String header(String name) {
			return this.headers.stream()
				.filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map(h -> h.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

		List<String> all(String name) {
			return this.headers.stream()
				.filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map(h -> h.substring(name.length() + 1).strip())
				.toList();
		}
	}

	Answer send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String[] head = text.substring(0, end).split("\r\n");
			List<String> headers = new ArrayList<>(List.of(head).subList(1, head.length));
			return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
		}
	}

	static String get(String path, String host, String... extra) {
		return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + String.join("", extra) + "Connection: close\r\n\r\n";
	}

	static String sessionCookie(Answer answer) {
		return answer.all("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
	}

	@Test
	void a_redirect_to_sign_in_carries_a_path_never_the_host_header() throws IOException {
		Answer answer = send(get("/encounters", "evil.example"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).isEqualTo("/sign-in");
	}

	@Test
	void after_signing_in_the_page_asked_for_is_reached_by_its_path_never_the_host_header() throws IOException {
		Answer asked = send(get("/encounters/mine", "evil.example"));
		String cookie = sessionCookie(asked).split(";")[0];
		Answer signInPage = send(get("/sign-in", "evil.example", "Cookie: " + cookie + "\r\n"));
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(signInPage.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=handler&password=demo-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);

		Answer signedIn = send("POST /sign-in HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
				+ "\r\nConnection: close\r\n\r\n" + form);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).startsWith("/encounters/mine").doesNotContain("evil.example");
	}

	@Test
	void over_https_through_the_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws IOException {
		Answer answer = send(get("/sign-in", "sightline.example.police.uk", "X-Forwarded-Proto: https\r\n"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(sessionCookie(answer)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
		assertThat(answer.header("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void over_plain_http_the_cookie_is_not_marked_secure_and_no_hsts_is_sent() throws IOException {
		Answer answer = send(get("/sign-in", "localhost"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(sessionCookie(answer)).doesNotContainIgnoringCase("secure");
		assertThat(answer.header("Strict-Transport-Security")).isNull();
	}
}
