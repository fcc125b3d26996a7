package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kr.cjournal.core.StaffController;

/**
 * Gives every staff page its header: model attribute {@code staff}, a {@link StaffHeader}, or null
 * when nobody is signed in. Staff pages are those of controllers marked {@link StaffController},
 * whichever module they live in.
 */
@ControllerAdvice(annotations = StaffController.class)
class StaffHeaderAdvice {

	private final StaffHeaders headers;

	StaffHeaderAdvice(StaffHeaders headers) {
		this.headers = headers;
	}

	@ModelAttribute("staff")
	StaffHeader staff(HttpServletRequest request) {
		return headers.of(request);
	}
}
