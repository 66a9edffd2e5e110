package org.sightline;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on the API found before any controller is chosen (a method the address does not take, a
 * content type no endpoint reads, an address that does not exist) answered as RFC 9457 problem
 * documents, like every other API error, instead of an empty body or the container's page. Errors
 * inside a controller are {@link ApiProblems}' work.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().startsWith("/api/") || handler instanceof HandlerMethod
				|| !(ex instanceof ErrorResponse error) || response.isCommitted()) {
			return null;
		}
		ProblemDetail problem = error.getBody();
		try {
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			if (error.getStatusCode().value() == HttpServletResponse.SC_NOT_FOUND) {
				ProblemJson.write(response, HttpServletResponse.SC_NOT_FOUND, ProblemJson.typeFor(404), "Not found",
						ApiProblems.NOT_FOUND_DETAIL, request.getRequestURI(), null, null);
			}
			else {
				ProblemJson.write(response, error.getStatusCode().value(),
						ProblemJson.typeFor(error.getStatusCode().value()), problem.getTitle(),
						ApiProblems.withoutCode(problem.getDetail()), request.getRequestURI(), null, null);
			}
			return new ModelAndView();
		}
		catch (IOException e) {
			return null;
		}
	}
}
