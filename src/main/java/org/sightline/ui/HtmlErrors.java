package org.sightline.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.sightline.shared.DatabaseUnavailable;
import org.sightline.shared.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A record that does not exist, or that the user may not see, is the same "page not found". A
 * database that cannot be reached is "the service is unavailable, try again shortly" (503), not a
 * server error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrors {

	private final Navigation navigation;

	HtmlErrors(Navigation navigation) {
		this.navigation = navigation;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(HttpServletRequest request) {
		return errorPage(request, 404);
	}

	/**
	 * The database is stopped, restarting or unreachable: the pool gives up within a second, and the
	 * user reads that nothing was lost and when to try again. Any other data access failure is left
	 * to the error page's "there is a problem with the service".
	 */
	@ExceptionHandler({ org.springframework.dao.DataAccessException.class,
			org.springframework.transaction.TransactionException.class })
	ModelAndView databaseUnavailable(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			Exception e) throws Exception {
		if (!DatabaseUnavailable.causedBy(e)) {
			throw e;
		}
		org.slf4j.LoggerFactory.getLogger(HtmlErrors.class).warn("Answering 503: the database is not available ({})",
				e.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		return errorPage(request, 503);
	}

	private ModelAndView errorPage(HttpServletRequest request, int status) {
		var view = new ModelAndView("error");
		view.setStatus(HttpStatus.valueOf(status));
		view.addObject("status", status);
		view.addObject("forceName", navigation.forceName());
		view.addObject("currentUser", navigation.currentUser());
		view.addObject("navigation", navigation.navigation(request));
		return view;
	}
}
