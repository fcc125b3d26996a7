package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.core.SiteController;

/**
 * 비밀번호 찾기: {@code /login/reset} asks for a link by e-mail address and answers the same
 * whether or not an account has it; {@code /login/reset/confirm?token=} sets the new password.
 */
@SiteController
@Controller
class PasswordResetController {

	private final PasswordReset reset;

	private final ReaderAllowances allowances;

	PasswordResetController(PasswordReset reset, ReaderAllowances allowances) {
		this.reset = reset;
		this.allowances = allowances;
	}

	@GetMapping("/login/reset")
	String form(HttpServletRequest request, CsrfToken csrf, Model model) {
		return page(model, null, request.getParameter("sent") != null, null, csrf);
	}

	@PostMapping("/login/reset")
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request, HttpServletResponse response,
			CsrfToken csrf, Model model) {
		String address = StaffRules.normalize(email);
		if (address.isEmpty()) {
			response.setStatus(400);
			return page(model, null, false, "이메일 주소를 입력해 주세요.", csrf);
		}
		if (address.length() > ReaderSignUp.MAX_EMAIL_LENGTH) {
			response.setStatus(400);
			return page(model, null, false, "이메일 주소는 " + ReaderSignUp.MAX_EMAIL_LENGTH + "자 이하여야 합니다.", csrf);
		}
		long wait = allowances.take(ReaderAllowances.Kind.RESET_FROM_ADDRESS, String.valueOf(request.getRemoteAddr()));
		if (wait > 0) {
			response.setStatus(429);
			return page(model, null, false, "비밀번호 찾기를 너무 자주 요청했습니다. " + wait + "분 뒤 다시 시도해 주세요.", csrf);
		}
		// Past its own allowance an address quietly gets no more mail: the answer must not differ.
		if (allowances.take(ReaderAllowances.Kind.RESET_TO_EMAIL, address) == 0) {
			reset.request(address);
		}
		return "redirect:/login/reset?sent";
	}

	@GetMapping("/login/reset/confirm")
	String newPassword(@RequestParam(defaultValue = "") String token, HttpServletResponse response, CsrfToken csrf,
			Model model) {
		if (!reset.isValid(token)) {
			return invalid(response, model);
		}
		return page(model, token, false, null, csrf);
	}

	@PostMapping("/login/reset/confirm")
	String setPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordAgain, HttpServletRequest request,
			HttpServletResponse response, CsrfToken csrf, Model model) {
		if (!reset.isValid(token)) {
			return invalid(response, model);
		}
		if (!password.equals(passwordAgain)) {
			response.setStatus(400);
			return page(model, token, false, "새 비밀번호 두 칸이 서로 다릅니다.", csrf);
		}
		try {
			if (reset.reset(token, password).isEmpty()) {
				return invalid(response, model);
			}
		}
		catch (PasswordRejected rejected) {
			response.setStatus(400);
			return page(model, token, false, rejected.getMessage(), csrf);
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/login?reset";
	}

	private String invalid(HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("page", new ReaderMessagePage("쓸 수 없는 링크입니다",
				"비밀번호 재설정 링크가 올바르지 않거나, 이미 썼거나, 기한이 지났습니다. 비밀번호 찾기에서 새 링크를 받아 주세요.", false,
				"/login/reset", "비밀번호 찾기"));
		return "accounts/reader-message";
	}

	private String page(Model model, String token, boolean sent, String error, CsrfToken csrf) {
		model.addAttribute("page", new ResetPage(token, sent, error, csrf.getParameterName(), csrf.getToken()));
		return token == null ? "accounts/reset-request" : "accounts/reset-confirm";
	}
}
