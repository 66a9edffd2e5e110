package org.sightline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring's {@code /error} fallback (an error sent with {@code sendError}, or thrown by a filter) as
 * a problem document: always on the API, whatever the client accepts, and on any other path for a
 * client that does not ask for HTML. A browser still gets Sightline's error page. Boot's own answer
 * would be a JSON map of its own shape (timestamp, error, path).
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers);
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!onApi(request)) {
			return super.errorHtml(request, response);
		}
		try {
			HttpStatus status = getStatus(request);
			ProblemJson.write(response, status.value(), ProblemJson.typeFor(status.value()),
					ProblemErrorReportValve.title(status.value()), ProblemErrorReportValve.detail(status.value()), null, null,
					null);
		}
		catch (java.io.IOException e) {
			// the client has gone
		}
		return null;
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemJson.typeFor(status.value()));
		problem.put("title", ProblemErrorReportValve.title(status.value()));
		problem.put("status", status.value());
		problem.put("detail", ProblemErrorReportValve.detail(status.value()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
		// the client accepts neither HTML nor JSON: it still gets the error, as a problem document
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(org.sightline.shared.ProblemDocument.json(status.value(), ProblemJson.typeFor(status.value()),
					ProblemErrorReportValve.title(status.value()), ProblemErrorReportValve.detail(status.value()), null, null,
					null));
	}

	/**
	 * A request to the error address itself (not forwarded by an error) is a request for nothing:
	 * a 404, as any unknown address, rather than the 500 Spring would assume.
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

	private static boolean onApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && path.startsWith("/api/");
	}
}
