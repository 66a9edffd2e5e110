package org.sightline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request body must be before anything reads it. No larger than
 * {@code sightline.api.max-request-body}: a {@code Content-Length} above it is a 413 at once; a
 * body sent without one (chunked) is counted as it is read, and the read that passes the limit
 * fails with {@link TooLarge}, which {@link ApiProblems} answers as a 413 (the JSON is read before
 * the controller runs, so nothing is stored). On the API, a {@code Content-Type} that is not a
 * media type, or is a wildcard ({@code *}{@code /*}), is a 415: Spring cannot read it and would
 * otherwise fail with a server error. Runs before everything else, signing in included, so an
 * oversized request costs no more than its headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
// a filter starts in a @WebMvcTest slice, which starts no configuration class: it binds what it reads
@EnableConfigurationProperties(ApplicationSettings.class)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;

	RequestBodyLimit(ApplicationSettings settings) {
		this.limit = settings.api().maxRequestBody().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().startsWith("/api/");
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, api);
			return;
		}
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		if (api && !acceptable(request.getContentType(), hasBody) && !tokenRequestForm(request)) {
			ProblemJson.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, ProblemJson.typeFor(415),
					"Unsupported media type", "The API reads JSON only: send the body with Content-Type: application/json.",
					request.getRequestURI(), null, null);
			return;
		}
		HttpServletRequest counted = request.getContentLengthLong() < 0 ? new Counted(request, limit) : request;
		try {
			chain.doFilter(counted, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			// a reader other than Spring MVC's (whose errors ApiProblems answers) met the limit
			if (!causedBy(e) || response.isCommitted()) {
				throw e;
			}
			response.resetBuffer();
			refuse(request, response, api);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
		if (api) {
			ProblemJson.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ProblemJson.REQUEST_TOO_LARGE,
					"Request too large", detail(limit), request.getRequestURI(), null, null);
		}
		else {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}
	}

	/**
	 * The one API request that is not JSON: OAuth 2.0's token request is a form by its standard
	 * (RFC 6749 §4.4.2, {@code application/x-www-form-urlencoded}), and every client library sends it
	 * so. Its few parameters are read as parameters (the control-character filter checks them), not
	 * by a body reader.
	 */
	static boolean tokenRequestForm(HttpServletRequest request) {
		String type = request.getContentType();
		return TOKEN_PATH.equals(request.getRequestURI()) && "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	/** The token endpoint (the identity module's {@code ApiTokenController.PATH}). */
	static final String TOKEN_PATH = "/api/v1/oauth/token";

	/** "The request body is larger than 1 MB, the most this service accepts." */
	static String detail(long limit) {
		String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB"
				: limit % 1024 == 0 ? limit / 1024 + " KB" : limit + " bytes";
		return "The request body is larger than " + size + ", the most this service accepts. Nothing was stored.";
	}

	/** Whether the exception, or one it wraps, is a body that passed the limit. */
	static boolean causedBy(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof TooLarge) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/**
	 * A body must be JSON ({@code application/json} or {@code application/*+json}): the input checks
	 * ({@link JsonInputHygiene}) are the JSON reader's, and another reader on the classpath (YAML)
	 * would skip them. Without a body, only a Content-Type Spring cannot parse is refused.
	 */
	static boolean acceptable(String contentType, boolean hasBody) {
		if (contentType == null) {
			return true; // a body without one is Spring MVC's 415
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
		if (type.isWildcardType() || type.isWildcardSubtype()) {
			return false;
		}
		return !hasBody || MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
	}

	/** The read that passed the limit. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super(detail(limit));
		}
	}

	/** The request, its body counted as it is read. */
	static final class Counted extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset;
			try {
				charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			}
			catch (IllegalArgumentException unknown) {
				throw new java.io.UnsupportedEncodingException(encoding);
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
