package org.sightline;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.sightline.shared.ChangedSinceReadException;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the JSON API. A 400 lists every invalid field in {@code errors},
 * each with the field's JSON path and a plain-English message.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI INVALID_REQUEST = URI.create(org.sightline.shared.ProblemDocument.typeFor(400));
	static final URI NOT_FOUND = URI.create(org.sightline.shared.ProblemDocument.typeFor(404));
	static final URI CONFLICT = URI.create(org.sightline.shared.ProblemDocument.typeFor(409));

	/**
	 * The one answer for a record that is missing and for one outside the caller's reach: the
	 * exception's own words (which say what was looked for, and so where the search stopped) are for
	 * the log, never the caller.
	 */
	static final String NOT_FOUND_DETAIL = "Nothing was found at this address, or you may not see it.";

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return invalidRequest(e.violations());
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NOT_FOUND_DETAIL);
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		return problem;
	}

	/** The client named the version it read (If-Match) and the record changed since: 412, nothing changed. */
	@ExceptionHandler(ChangedSinceReadException.class)
	ProblemDetail changedSinceRead(ChangedSinceReadException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
		problem.setType(URI.create(ProblemJson.typeFor(412)));
		problem.setTitle("Changed since you read it");
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setType(CONFLICT);
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
		problem.setType(URI.create(ProblemJson.typeFor(403)));
		problem.setTitle("Forbidden");
		return problem;
	}

	/**
	 * The database cannot be reached (stopped, restarting, or every connection busy past the pool's
	 * short wait): a 503 within about a second, with {@code Retry-After}, rather than a 500 after a
	 * long hang. Nothing was stored, so the client may send the same request again.
	 */
	static ResponseEntity<ProblemDetail> databaseUnavailable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				org.sightline.shared.DatabaseUnavailable.DETAIL);
		problem.setType(URI.create(ProblemJson.typeFor(503)));
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(org.sightline.shared.DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * Anything else that goes wrong: a 500 problem that names no class and holds no stack trace; the
	 * log has the detail.
	 */
	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e) {
		if (RequestBodyLimit.causedBy(e)) {
			return tooLarge(e);
		}
		if (org.sightline.shared.DatabaseUnavailable.causedBy(e)) {
			org.slf4j.LoggerFactory.getLogger(ApiProblems.class).warn("Answering 503: the database is not available ({})",
					e.getMessage());
			return databaseUnavailable();
		}
		org.slf4j.LoggerFactory.getLogger(ApiProblems.class).error("Unexpected error answering an API request", e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing you sent was stored. Try again, and tell the service desk if it keeps happening.");
		problem.setType(URI.create(org.sightline.shared.ProblemDocument.typeFor(500)));
		problem.setTitle("Server error");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestBodyLimit.causedBy(e)) {
			// the body passed the limit while Jackson read it: before the controller, so nothing is stored
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(tooLarge(e));
		}
		Throwable cause = e.getMostSpecificCause();
		String field = "body";
		String message = "The request body is not valid JSON";
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				field = path(jackson.getPath());
				message = "The value of " + field + " is not valid here: " + withoutCode(jackson.getOriginalMessage());
				break;
			}
		}
		if (cause != null && cause.getMessage() != null && field.equals("body")) {
			message = message + " (" + firstLine(withoutCode(cause.getMessage())) + ")";
		}
		return ResponseEntity.badRequest()
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalidRequest(List.of(new Violation(field, message))));
	}

	/**
	 * Spring MVC's own problems (a method the address does not take, a media type no endpoint
	 * reads, ...) with a stable {@code type} for their status instead of none.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(URI.create(ProblemJson.typeFor(statusCode.value())));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail tooLarge(Throwable e) {
		String detail = null;
		for (Throwable t = e; t != null && detail == null; t = t.getCause()) {
			if (t instanceof RequestBodyLimit.TooLarge tooLarge) {
				detail = tooLarge.getMessage();
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		problem.setType(URI.create(ProblemJson.REQUEST_TOO_LARGE));
		problem.setTitle("Request too large");
		return problem;
	}

	static ProblemDetail invalidRequest(List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid");
		problem.setType(INVALID_REQUEST);
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
		return problem;
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/**
	 * A parser's message without the names of classes and types in it, which mean nothing to a
	 * caller and tell an attacker how the service is built.
	 */
	static String withoutCode(String message) {
		if (message == null) {
			return "";
		}
		return message.replaceAll("\\s*\\((?:bound as|through reference chain|for [^)]*: )[^)]*\\)", "")
			.replaceAll("`[^`]*`", "this value")
			.replaceAll("`[^`]*$", "")
			.replaceAll("\\b(?:java|javax|jakarta|org|tools|com)\\.[\\w.$<>\\[\\],]+", "a value")
			.replace("Exception", "problem")
			.strip();
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		String line = newline < 0 ? text : text.substring(0, newline);
		return line.length() > 200 ? line.substring(0, 200) : line;
	}
}
