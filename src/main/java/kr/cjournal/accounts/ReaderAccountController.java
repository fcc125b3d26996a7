package kr.cjournal.accounts;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.SiteController;

/**
 * Readers joining and their own account: {@code /signup}, the confirmation link
 * {@code /signup/confirm}, {@code /account} (a new link, sign out) and {@code /account/status},
 * what the cached reader pages' header asks to show who is signed in.
 */
@SiteController
@Controller
class ReaderAccountController {

	private final ReaderSignUp signUp;

	private final Readers readers;

	private final Accounts accounts;

	private final ReaderAllowances allowances;

	ReaderAccountController(ReaderSignUp signUp, Readers readers, Accounts accounts, ReaderAllowances allowances) {
		this.signUp = signUp;
		this.readers = readers;
		this.accounts = accounts;
		this.allowances = allowances;
	}

	@GetMapping("/signup")
	String form(Authentication me, CsrfToken csrf, Model model) {
		if (signedIn(me)) {
			return "redirect:/account";
		}
		model.addAttribute("page", new SignUpPage("", "", Map.of(), null, csrf.getParameterName(), csrf.getToken()));
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String nickname,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			CsrfToken csrf, Model model) {
		long wait = allowances.take(ReaderAllowances.Kind.SIGN_UP, String.valueOf(request.getRemoteAddr()));
		if (wait > 0) {
			response.setStatus(429);
			return page(model, email, nickname, Map.of(), "이 주소에서 가입 시도가 너무 많습니다. " + wait + "분 뒤 다시 시도해 주세요.", csrf);
		}
		try {
			signUp.signUp(email, nickname, password);
		}
		catch (SignUpRefused refused) {
			response.setStatus(400);
			return page(model, email, nickname, refused.problems(), null, csrf);
		}
		return "redirect:/login?signedUp";
	}

	/**
	 * The link in the confirmation mail only shows a button: mail scanners and link previews open
	 * links, and opening must not confirm an address for someone who never read the mail.
	 */
	@GetMapping("/signup/confirm")
	String confirmPage(@RequestParam(defaultValue = "") String token, HttpServletResponse response, CsrfToken csrf,
			Model model) {
		if (!signUp.confirmable(token)) {
			return unconfirmable(response, model);
		}
		model.addAttribute("page", new ConfirmEmailPage(token, csrf.getParameterName(), csrf.getToken()));
		return "accounts/confirm-email";
	}

	@PostMapping("/signup/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		Optional<Reader> confirmed = signUp.confirm(token);
		if (confirmed.isEmpty()) {
			return unconfirmable(response, model);
		}
		model.addAttribute("page", new ReaderMessagePage("이메일 주소를 확인했습니다",
				confirmed.get().nickname() + "님, 이메일 주소 확인을 마쳤습니다. 이제 기사에 댓글을 쓸 수 있습니다.", true, "/login",
				"로그인하기"));
		return "accounts/reader-message";
	}

	private String unconfirmable(HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("page", new ReaderMessagePage("확인할 수 없는 링크입니다",
				"링크가 올바르지 않거나, 이미 썼거나, 기한이 지났습니다. 로그인한 뒤 내 정보에서 확인 메일을 다시 받을 수 있습니다.", false,
				"/account", "내 정보로 가기"));
		return "accounts/reader-message";
	}

	@GetMapping("/account")
	String account(Authentication me, CsrfToken csrf, Model model) {
		Optional<Reader> reader = readers.byUsername(me.getName());
		if (reader.isEmpty()) {
			return "redirect:/newsroom/account";
		}
		model.addAttribute("page", new ReaderAccountPage(reader.get(), flash(model, "notice"), flash(model, "error"),
				csrf.getParameterName(), csrf.getToken()));
		return "accounts/reader-account";
	}

	@PostMapping("/account/confirmation")
	String resend(Authentication me, RedirectAttributes redirect) {
		Optional<Reader> reader = readers.byUsername(me.getName());
		if (reader.isEmpty()) {
			return "redirect:/newsroom/account";
		}
		if (reader.get().confirmed()) {
			redirect.addFlashAttribute("notice", "이미 확인된 이메일 주소입니다.");
			return "redirect:/account";
		}
		long wait = allowances.take(ReaderAllowances.Kind.CONFIRMATION_MAIL, "account:" + reader.get().accountId());
		if (wait > 0) {
			redirect.addFlashAttribute("error", "확인 메일을 너무 자주 요청했습니다. " + wait + "분 뒤 다시 시도해 주세요.");
		}
		else if (signUp.sendConfirmation(reader.get())) {
			redirect.addFlashAttribute("notice", reader.get().email() + "로 확인 메일을 다시 보냈습니다. 먼저 받은 링크는 더는 쓸 수 없습니다.");
		}
		else {
			redirect.addFlashAttribute("error", "메일을 보내지 못했습니다. 잠시 뒤 다시 시도해 주세요.");
		}
		return "redirect:/account";
	}

	/** Who is signed in, for the header of cached reader pages (reader-status.js). Never stored. */
	@GetMapping(path = "/account/status", produces = "application/json")
	@ResponseBody
	Status status(Authentication me, HttpServletRequest request) {
		if (!signedIn(me)) {
			return Status.SIGNED_OUT;
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Csrf token = csrf == null || me instanceof ApiTokenAuthentication ? null
				: new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
		Optional<Reader> reader = readers.byUsername(me.getName());
		if (reader.isPresent()) {
			return new Status(true, reader.get().nickname(), reader.get().url(), "/account", token);
		}
		String name = accounts.findByUsername(me.getName()).map(Account::displayName).orElse(me.getName());
		return new Status(true, name, "/newsroom", "/newsroom/account", token);
	}

	/**
	 * @param url the reader's public page (staff: the newsroom)
	 * @param account their own account page
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Status(boolean signedIn, String nickname, String url, String account, Csrf csrf) {

		static final Status SIGNED_OUT = new Status(false, null, null, null, null);
	}

	record Csrf(String header, String parameter, String token) {
	}

	private String page(Model model, String email, String nickname, Map<String, String> errors, String alert, CsrfToken csrf) {
		model.addAttribute("page", new SignUpPage(clip(email), clip(nickname), errors, alert, csrf.getParameterName(),
				csrf.getToken()));
		return "accounts/signup";
	}

	/** What was typed goes back into the form, but not a 100,000-character paste. */
	private static String clip(String value) {
		return value.length() > 300 ? value.substring(0, 300) : value;
	}

	private static boolean signedIn(Authentication me) {
		return me != null && me.isAuthenticated() && !(me instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	private static String flash(Model model, String name) {
		return model.getAttribute(name) instanceof String text ? text : null;
	}
}
