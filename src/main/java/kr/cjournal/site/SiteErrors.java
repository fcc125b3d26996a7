package kr.cjournal.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.view.RedirectView;

import kr.cjournal.core.Refusal;
import kr.cjournal.newsroom.ArchiveSources;

/** Turns what readers can get wrong into Korean 4xx pages; nothing a reader does yields a 500. */
@ControllerAdvice
class SiteErrors {

	private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

	private final Mastheads mastheads;

	private final ArchiveSources sources;

	SiteErrors(Mastheads mastheads, ArchiveSources sources) {
		this.mastheads = mastheads;
		this.sources = sources;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView noSuchPage(Exception e, HttpServletRequest request) {
		// An address of the site before its archive was imported (a WordPress permalink) moved for good.
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			String old = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			Optional<Long> moved = sources.redirect(old);
			if (moved.isPresent()) {
				ModelAndView redirect = new ModelAndView(new RedirectView("/article/" + moved.get()));
				redirect.setStatus(HttpStatus.MOVED_PERMANENTLY);
				return redirect;
			}
		}
		return notFound(e);
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(Exception e) {
		log.debug("Not found: {}", e.getMessage());
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(Gone.class)
	ModelAndView gone(Gone e) {
		return page(HttpStatus.GONE, "이 기사는 편집국 판단에 따라 출고가 취소되어 더는 볼 수 없습니다. 첫 화면에서 다른 기사를 찾아 주세요.");
	}

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal e) {
		return page(HttpStatus.valueOf(e.kind().status()), e.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
		return page(HttpStatus.BAD_REQUEST, "주소의 '" + e.getName() + "' 값이 올바르지 않습니다. 숫자로 된 주소인지 확인해 주세요.");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException e) {
		return page(HttpStatus.BAD_REQUEST, "주소에 '" + e.getParameterName() + "' 값이 빠져 있습니다.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e) {
		return page(HttpStatus.METHOD_NOT_ALLOWED);
	}

	ModelAndView page(HttpStatus status) {
		return page(status, ErrorTexts.message(status.value()));
	}

	ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("site/error");
		view.addObject("page", new ErrorPage(mastheads.of(null), status.value(), ErrorTexts.title(status.value()), message));
		view.setStatus(status);
		return view;
	}
}
