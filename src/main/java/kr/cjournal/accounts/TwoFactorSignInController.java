package kr.cjournal.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.core.StaffController;

/**
 * The second step of signing in to an account with two-factor sign-in: the code from the app,
 * or a recovery code. Only a right code signs in, under a new session id and CSRF token, as the
 * password form does for other accounts. A wrong code counts as a failed sign-in, for the account
 * and the client address alike; at the limit both steps are locked.
 */
@StaffController
@Controller
class TwoFactorSignInController {

	static final String PATH = "/login/two-factor";

	static final String WRONG = "인증 코드가 올바르지 않습니다. 앱에 지금 보이는 6자리 숫자나 복구 코드를 입력해 주세요.";

	/** The factor this step adds, beside Spring Security's password factor. */
	static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	private static final Logger log = LoggerFactory.getLogger(TwoFactorSignInController.class);

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final StaffUserDetails users;

	private final Clock clock;

	private final SignInOutcomes outcomes;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	TwoFactorSignInController(TwoFactor twoFactor, SignInThrottle throttle, Accounts accounts, ObjectProvider<Clock> clock) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.users = new StaffUserDetails(accounts);
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.outcomes = new SignInOutcomes(this.clock);
	}

	@GetMapping(PATH)
	String ask(HttpServletRequest request, CsrfToken csrf, Model model) {
		if (PendingSignIn.of(request, clock.instant()) == null) {
			return "redirect:/login";
		}
		return page(model, csrf, null);
	}

	@PostMapping(PATH)
	String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			CsrfToken csrf, Model model) throws IOException, ServletException {
		Instant now = clock.instant();
		PendingSignIn pending = PendingSignIn.of(request, now);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		String address = request.getRemoteAddr();
		if (throttle.isLocked(pending.username(), address)) {
			PendingSignIn.end(request);
			return "redirect:/login?locked";
		}
		String typed = code.length() > 100 ? "" : code;
		if (!twoFactor.accept(pending.username(), typed)) {
			throttle.failed(pending.username(), address);
			log.warn("Sign-in failed: user={} address={} outcome=bad code", SignInOutcomes.printable(pending.username()), address);
			if (throttle.isLocked(pending.username(), address)) {
				PendingSignIn.end(request);
				return "redirect:/login?locked";
			}
			return page(model, csrf, WRONG);
		}
		UserDetails user;
		try {
			user = users.loadUserByUsername(pending.username());
		}
		catch (UsernameNotFoundException disabledMeanwhile) {
			PendingSignIn.end(request);
			return "redirect:/login?error";
		}
		throttle.succeeded(pending.username());
		signIn(user, pending, now, request, response);
		return null;
	}

	private void signIn(UserDetails user, PendingSignIn pending, Instant now, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.issuedAt(pending.passwordAt())
			.build());
		authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(now).build());
		if (user instanceof CredentialsContainer container) {
			container.eraseCredentials();
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		PendingSignIn.end(request);
		request.changeSessionId();
		// A new CSRF token from the next page on, as after the password form.
		new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		outcomes.signedIn(request, response, authentication, pending.target());
	}

	private static String page(Model model, CsrfToken csrf, String alert) {
		model.addAttribute("page", new TwoFactorSignInPage(alert, csrf.getParameterName(), csrf.getToken()));
		return "accounts/two-factor-sign-in";
	}
}
