package kr.cjournal.accounts;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;

/**
 * Refusals and malformed addresses on staff pages become the Korean staff page
 * {@code accounts/refused} with the refusal's status, never a 500 or a reader's error page. It
 * comes before the reader pages' advice; JSON controllers answer their own refusals.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = StaffController.class)
class StaffErrors {

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal) {
		return page(refusal.kind().status(), refusal.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badAddress(MethodArgumentTypeMismatchException e) {
		return page(400, "주소의 '" + e.getName() + "' 값이 올바르지 않습니다.");
	}

	private static ModelAndView page(int status, String message) {
		ModelAndView view = new ModelAndView("accounts/refused");
		view.addObject("message", message);
		view.addObject("status", status);
		view.setStatus(HttpStatus.valueOf(status));
		return view;
	}
}
