package kr.cjournal.accounts;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * What follows a sign-in, a failed one and a sign-out: a line in the log (user name, client
 * address, outcome; never a password) and where the browser goes next: after signing in, the page
 * the form's {@code next} names: for staff a newsroom page ({@link SignInFirst#target}) or a reader
 * page, else the newsroom; for a reader only a reader page ({@link SignInFirst#readerTarget}), else
 * the front page, never the newsroom.
 */
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

	static final String DEFAULT_TARGET = "/newsroom";

	/** Where a reader goes after signing in when no reader page was asked for. */
	static final String READER_TARGET = "/";

	private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

	private final Clock clock;

	SignInOutcomes(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		String next = request.getParameter(SignInFirst.NEXT);
		if (!isStaff(authentication)) {
			String target = SignInFirst.readerTarget(next);
			signedIn(request, response, authentication, target == null ? READER_TARGET : target);
			return;
		}
		signedIn(request, response, authentication, SignInFirst.anyTarget(next));
	}

	static boolean isStaff(Authentication authentication) {
		return StaffUserDetails.roles(authentication.getAuthorities()).stream().anyMatch(StaffRules.STAFF_ROLES::contains);
	}

	/** Completes a sign-in (also the two-factor one) and opens {@code target}, a checked path, or null for the newsroom. */
	void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			String target) throws IOException {
		request.getSession().setAttribute(AbsoluteSessionTimeout.SIGNED_IN_AT, clock.instant());
		log.info("Sign-in succeeded: user={} address={}", printable(authentication.getName()), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + (target == null ? DEFAULT_TARGET : target));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof SecondFactorNeeded needed) {
			PendingSignIn.begin(request, needed.username(), clock.instant(),
					SignInFirst.target(request.getParameter(SignInFirst.NEXT)));
			log.info("Password accepted, code asked: user={} address={}", printable(needed.username()), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + TwoFactorSignInController.PATH);
			return;
		}
		boolean locked = exception instanceof LockedException;
		log.warn("Sign-in failed: user={} address={} outcome={}", printable(request.getParameter("username")),
				request.getRemoteAddr(), locked ? "locked" : "bad credentials");
		String next = SignInFirst.query(request.getParameter(SignInFirst.NEXT));
		response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error")
				+ (next.isEmpty() ? "" : "&" + next));
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (authentication != null) {
			log.info("Signed out: user={} address={}", printable(authentication.getName()), request.getRemoteAddr());
		}
		response.sendRedirect(request.getContextPath() + "/login?logout");
	}

	/** A user name as typed, safe for one log line: no line breaks or control characters, not too long. */
	static String printable(String value) {
		if (value == null) {
			return "-";
		}
		String clean = value.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
	}
}
