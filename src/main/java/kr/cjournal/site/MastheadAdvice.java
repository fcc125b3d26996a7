package kr.cjournal.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kr.cjournal.core.SiteController;

/**
 * Gives the reader pages of other modules (sign-up, a reader's own account) the masthead, model
 * attribute {@code masthead}, so they wear the site's layout without knowing the site module.
 */
@ControllerAdvice(annotations = SiteController.class)
class MastheadAdvice {

	private final Mastheads mastheads;

	MastheadAdvice(Mastheads mastheads) {
		this.mastheads = mastheads;
	}

	@ModelAttribute("masthead")
	Masthead masthead() {
		return mastheads.of(null);
	}
}
