package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every staff page its header: model attribute {@code staff}, a {@link StaffHeader}, or null
 * when nobody is signed in. Staff pages live in the newsroom, accounts, media and people modules.
 */
@ControllerAdvice(basePackages = { "kr.cjournal.newsroom", "kr.cjournal.accounts", "kr.cjournal.media",
		"kr.cjournal.people.web" })
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
