package org.sightline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own answer to a request it refuses before any servlet runs (an address that is not
 * valid, such as {@code /api/v1/%ZZ}, {@code /%2e%2e/} or a raw {@code |}; an invalid method; a
 * request line or headers too large) as an RFC 9457 problem document instead of Tomcat's HTML
 * report, on every path: no page of Sightline's is reachable at an address Tomcat cannot read.
 * It names no server and no class, and says in plain English what was wrong. An error that
 * Sightline answered itself (its error page, a problem document) is left as it is.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(org.sightline.shared.ProblemDocument.json(status, ProblemJson.typeFor(status), title(status), detail(status), null,
						null, null));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the client has gone or the response cannot take a body: nothing more to say
		}
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "Invalid request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not found";
			case 405 -> "Method not allowed";
			case 413 -> "Request too large";
			case 414 -> "Address too long";
			case 415 -> "Unsupported media type";
			case 431 -> "Headers too large";
			case 503 -> "Service unavailable";
			default -> status >= 500 ? "Server error" : "Request refused";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "This request could not be read: its address, method or headers are not valid HTTP. In an address, "
					+ "characters such as spaces, \\ | { } and letters with accents must be percent-encoded (as %XX), "
					+ "and an encoded slash or a '..' segment is not accepted.";
			case 401 -> "Sign in to use this.";
			case 403 -> "Your role does not allow this.";
			case 404 -> ApiProblems.NOT_FOUND_DETAIL;
			case 405 -> "This address does not take this method.";
			case 415 -> "This body's Content-Type is not accepted here.";
			case 413 -> "The request body is larger than this service accepts.";
			case 414 -> "The address is longer than this service accepts.";
			case 431 -> "The request's headers are larger than this service accepts.";
			case 503 -> org.sightline.shared.DatabaseUnavailable.DETAIL;
			default -> status >= 500 ? "Something went wrong on our side. Try again, and tell the service desk if it keeps happening."
					: "This request was refused.";
		};
	}
}
