package org.sightline.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.sightline.shared.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A record that does not exist, or that the user may not see, is the same "page not found". */
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
		var view = new ModelAndView("error");
		view.addObject("status", 404);
		view.addObject("forceName", navigation.forceName());
		view.addObject("currentUser", navigation.currentUser());
		view.addObject("navigation", navigation.navigation(request));
		return view;
	}
}
