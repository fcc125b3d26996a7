package kr.cjournal.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.StaffController;

/**
 * A staff member turning two-factor sign-in on and off for their own account. The secret to add
 * to the app waits in the session until a code from the app proves it was added; the recovery
 * codes are then shown once. Turning it off takes a current code or the password.
 */
@StaffController
@Controller
class TwoFactorController {

	static final String PATH = "/newsroom/account/two-factor";

	private static final String PROPOSED_SECRET = TwoFactorController.class.getName() + ".secret";

	private final Accounts accounts;

	private final TwoFactor twoFactor;

	private final AccountsSettings settings;

	TwoFactorController(Accounts accounts, TwoFactor twoFactor, AccountsSettings settings) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.settings = settings;
	}

	@GetMapping(PATH)
	String show(Authentication me, HttpServletRequest request, Model model) {
		@SuppressWarnings("unchecked")
		List<String> shown = model.getAttribute("recoveryCodes") instanceof List<?> codes ? (List<String>) codes : null;
		return page(model, me, request, StaffAdminController.flash(model, "notice"), null, shown);
	}

	@PostMapping(PATH)
	String turnOn(@RequestParam(defaultValue = "") String code, Authentication me, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		StaffMember member = accounts.findStaff(me.getName()).orElseThrow();
		if (twoFactor.isOn(member.username())) {
			return "redirect:" + PATH;
		}
		Optional<List<String>> recoveryCodes = twoFactor.enable(member.id(), proposedSecret(request.getSession()),
				code.length() > 20 ? "" : code.replaceAll("\\s", ""));
		if (recoveryCodes.isEmpty()) {
			return page(model, me, request, null, "인증 코드가 맞지 않습니다. 앱에 새로 추가한 씨저널 항목의 지금 코드를 입력해 주세요.", null);
		}
		request.getSession().removeAttribute(PROPOSED_SECRET);
		redirect.addFlashAttribute("notice", "2단계 인증을 켰습니다. 다음 로그인부터 인증 코드를 묻습니다.");
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes.get());
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/off")
	String turnOff(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
			Authentication me, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		StaffMember member = accounts.findStaff(me.getName()).orElseThrow();
		if (!twoFactor.isOn(member.username())) {
			return "redirect:" + PATH;
		}
		if (required(member)) {
			return page(model, me, request, null, "관리자와 데스크 계정은 2단계 인증을 끌 수 없습니다.", null);
		}
		boolean proven = (!password.isEmpty() && accounts.passwordMatches(member.username(), password))
				|| (!code.isBlank() && code.length() <= 40 && twoFactor.accept(member.username(), code));
		if (!proven) {
			return page(model, me, request, null, "인증 코드나 비밀번호가 올바르지 않습니다.", null);
		}
		twoFactor.disable(member.id());
		redirect.addFlashAttribute("notice", "2단계 인증을 껐습니다. 이제 비밀번호만으로 로그인합니다.");
		return "redirect:" + PATH;
	}

	private boolean required(StaffMember member) {
		return settings.requireTwoFactor() && TwoFactorRequired.applies(member.roles());
	}

	/** The secret shown until it is confirmed; the same one on every reload, so a scanned code stays good. */
	private String proposedSecret(HttpSession session) {
		if (!(session.getAttribute(PROPOSED_SECRET) instanceof String secret)) {
			String fresh = twoFactor.newSecret();
			session.setAttribute(PROPOSED_SECRET, fresh);
			return fresh;
		}
		return secret;
	}

	private String page(Model model, Authentication me, HttpServletRequest request, String notice, String error,
			List<String> recoveryCodes) {
		StaffMember member = accounts.findStaff(me.getName()).orElseThrow();
		boolean on = twoFactor.isOn(member.username());
		TwoFactorPage page;
		if (on) {
			page = TwoFactorPage.on(member, twoFactor.unusedRecoveryCodes(member.id()), recoveryCodes, required(member),
					notice, error);
		}
		else {
			String secret = proposedSecret(request.getSession());
			page = TwoFactorPage.off(member, TwoFactor.grouped(secret), twoFactor.qrCodeDataUri(member.username(), secret),
					required(member), notice, error);
		}
		model.addAttribute("page", page);
		return "accounts/two-factor";
	}
}
