package org.sightline.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.sightline.notification.internal.WebhookSignature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner system's webhook endpoint on 127.0.0.1, as a receiver should write one: it checks the
 * signature (401 if wrong), and records every request with the message id from the header and from
 * the envelope. It can be told to answer 500 a number of times first, or always, on a path.
 */
final class WebhookReceiver implements AutoCloseable {

	record Request(String path, String headerMessageId, String envelopeMessageId, boolean signed, String body,
			int answered) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;
	private final String secret;
	private final List<Request> requests = new CopyOnWriteArrayList<>();
	private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

	private WebhookReceiver(int port, String secret) throws IOException {
		this.secret = secret;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	static WebhookReceiver start(int port, String secret) throws IOException {
		return new WebhookReceiver(port, secret);
	}

	/** A port nothing listens on now (closed again at once; good enough on a test machine). */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	void failNext(String path, int times) {
		failuresLeft.put(path, new AtomicInteger(times));
	}

	void failAlways(String path) {
		failuresLeft.put(path, new AtomicInteger(Integer.MAX_VALUE));
	}

	List<Request> requestsFor(String messageId) {
		return requests.stream().filter(r -> messageId.equals(r.headerMessageId())).toList();
	}

	List<Request> requestsTo(String path) {
		return requests.stream().filter(r -> r.path().equals(path)).toList();
	}

	/** What a receiver that drops duplicates acted on: each message id once. */
	Set<String> acceptedMessageIds() {
		return requests.stream()
			.filter(r -> r.answered() == 200)
			.map(Request::envelopeMessageId)
			.collect(Collectors.toSet());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		var headers = exchange.getRequestHeaders();
		boolean signed = WebhookSignature.verify(secret, headers.getFirst("X-Sightline-Timestamp"), body,
				headers.getFirst("X-Sightline-Signature"));
		String envelopeId = null;
		try {
			envelopeId = JSON.readTree(body).path("messageId").asString(null);
		}
		catch (RuntimeException notJson) {
			// recorded with no envelope id
		}
		String path = exchange.getRequestURI().getPath();
		AtomicInteger failures = failuresLeft.get(path);
		int status = !signed ? 401 : failures != null && failures.getAndDecrement() > 0 ? 500 : 200;
		requests.add(new Request(path, headers.getFirst("X-Sightline-Message-Id"), envelopeId, signed, body, status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
