package kr.cjournal.people.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Unknown ids and malformed addresses on the directory pages get a Korean staff page, never a 500. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { PeopleEditorController.class, CompaniesEditorController.class })
class DirectoryEditorErrors {

	/** Something looked up by the address is not in the directory (any more). */
	static class Missing extends RuntimeException {

		Missing(String message) {
			super(message, null, false, false);
		}
	}

	@ExceptionHandler(Missing.class)
	ModelAndView missing(Missing e) {
		return page(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badAddress(MethodArgumentTypeMismatchException e) {
		return page(HttpStatus.BAD_REQUEST, "주소의 '" + e.getName() + "' 값이 올바르지 않습니다.");
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("newsroom/refused");
		view.addObject("message", message);
		view.addObject("status", status.value());
		view.setStatus(status);
		return view;
	}
}
