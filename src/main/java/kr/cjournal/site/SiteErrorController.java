package kr.cjournal.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (a malformed URL rejected by Tomcat, an exception
 * outside Spring MVC) still get the Korean error page, never a stack trace.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final SiteErrors errors;

	SiteErrorController(SiteErrors errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		return errors.page(status);
	}
}
