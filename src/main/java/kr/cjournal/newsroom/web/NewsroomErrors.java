package kr.cjournal.newsroom.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import kr.cjournal.newsroom.NewsroomRefusal;

/** Refusals on newsroom pages become a Korean staff page with the right status, never a 500. */
@ControllerAdvice(assignableTypes = { DashboardController.class, EditorController.class, RevisionsController.class,
		TopStoriesController.class, SectionsAdminController.class, MentionReviewsController.class, RelinkController.class })
class NewsroomErrors {

	@ExceptionHandler(NewsroomRefusal.class)
	ModelAndView refused(NewsroomRefusal refusal) {
		return page(HttpStatus.valueOf(EditorController.status(refusal)), refusal.getMessage());
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
