package org.sightline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
			response.setStatus(error.getStatusCode().value());
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":" + quoted(problem.getTitle()) + ",\"status\":"
						+ problem.getStatus() + ",\"detail\":" + quoted(ApiProblems.withoutCode(problem.getDetail()))
						+ ",\"instance\":" + quoted(request.getRequestURI()) + "}");
			return new ModelAndView();
		}
		catch (IOException e) {
			return null;
		}
	}

	private static String quoted(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
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
