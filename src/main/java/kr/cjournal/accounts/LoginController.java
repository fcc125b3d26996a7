package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.cjournal.core.StaffController;

/** The sign-in page; Spring Security takes the form it sends to {@code POST /login}. */
@StaffController
@Controller
class LoginController {

	static final String WRONG = "아이디 또는 비밀번호가 올바르지 않습니다.";

	private final AccountsSettings settings;

	LoginController(AccountsSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, CsrfToken csrf, Model model) {
		if (model.getAttribute("staff") instanceof StaffHeader signedIn) {
			return "redirect:" + (signedIn.actor().roles().stream().anyMatch(StaffRules.STAFF_ROLES::contains)
					? SignInOutcomes.DEFAULT_TARGET : SignInOutcomes.READER_TARGET);
		}
		String alert = null;
		String notice = null;
		if (request.getParameter("error") != null) {
			alert = WRONG;
		}
		else if (request.getParameter("locked") != null) {
			alert = "로그인 시도가 너무 많습니다. " + settings.lockDurationInKorean() + " 뒤 다시 시도해 주세요.";
		}
		else if (request.getParameter("logout") != null) {
			notice = "로그아웃되었습니다.";
		}
		else if (request.getParameter("expired") != null) {
			notice = "로그인한 지 오래되어 로그아웃되었습니다. 다시 로그인해 주세요.";
		}
		else if (request.getParameter("signedUp") != null) {
			notice = "가입되었습니다. 메일로 보낸 링크를 열어 이메일 주소를 확인해 주세요. 확인 전에도 로그인할 수 있습니다.";
		}
		else if (request.getParameter("reset") != null) {
			notice = "비밀번호를 바꿨습니다. 모든 기기에서 로그아웃되었으니 새 비밀번호로 로그인해 주세요.";
		}
		String next = SignInFirst.anyTarget(request.getParameter(SignInFirst.NEXT));
		model.addAttribute("page", new LoginPage(alert, notice, csrf.getParameterName(), csrf.getToken(), next));
		return "accounts/login";
	}
}
