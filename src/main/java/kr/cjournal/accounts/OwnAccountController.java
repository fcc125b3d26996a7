package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.StaffController;

/**
 * A staff member's own account: who they are, and changing their password, which needs the
 * current one. Other sessions of theirs end, and their API tokens are revoked; this one goes on
 * under a new id. No API token reaches these pages ({@link BearerTokenFilter}).
 */
@StaffController
@Controller
class OwnAccountController {

	private final Accounts accounts;

	private final StaffSessions sessions;

	OwnAccountController(Accounts accounts, StaffSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/newsroom/account")
	String show(Authentication me, Model model) {
		return page(model, me, StaffAdminController.flash(model, "notice"), null);
	}

	@PostMapping("/newsroom/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordAgain,
			Authentication me, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!accounts.passwordMatches(me.getName(), currentPassword)) {
			return page(model, me, null, "현재 비밀번호가 올바르지 않습니다.");
		}
		if (!newPassword.equals(newPasswordAgain)) {
			return page(model, me, null, "새 비밀번호 두 칸이 서로 다릅니다.");
		}
		StaffMember member = accounts.findStaff(me.getName()).orElseThrow();
		try {
			accounts.changePassword(member.id(), newPassword);
		}
		catch (PasswordRejected e) {
			return page(model, me, null, e.getMessage());
		}
		// The stored session still has its old id until this request ends: keep that one, then renew it.
		sessions.signOutExcept(member.username(), request.getSession().getId());
		request.changeSessionId();
		redirect.addFlashAttribute("notice", "비밀번호를 바꿨습니다. 다른 곳에서 로그인한 세션은 모두 끝났습니다.");
		return "redirect:/newsroom/account";
	}

	private String page(Model model, Authentication me, String notice, String error) {
		model.addAttribute("page", new AccountPage(accounts.findStaff(me.getName()).orElseThrow(), notice, error));
		return "accounts/account";
	}
}
