package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the session, except that nobody who is not signed in starts one.
 * <p>
 * A form or script request arriving without a live session can only be refused (no token it
 * carries can match), but Spring Security would still make up a token for it and store it in a new
 * session, and the answer's session cookie would replace whatever the browser holds. An editor
 * page left open after its session ended sends such requests on its own (preview, people search);
 * landing while the writer signs in again in another tab, that cookie replaced the sign-in page's
 * session, or the new signed-in one, and the writer found themselves on the sign-in page again.
 * <p>
 * The sign-in form ({@code /login}) keeps its token in a cookie of its own instead (HttpOnly,
 * SameSite=Lax, path {@code /login}, Secure over HTTPS), compared with the one the form sends: so
 * opening the sign-in page writes no session row, and whoever fetches it a million times grows
 * nothing on the server. The session begins when the password is right. The password reset forms
 * ({@code /login/reset}, {@code /login/reset/confirm}) share that cookie, and the sign-up form
 * ({@code /signup}) has one of its own, {@code SIGNUP_CSRF} on path {@code /signup}.
 */
class RefusedRequestsStartNoSession implements CsrfTokenRepository {

	static final String SIGN_IN_COOKIE = "LOGIN_CSRF";

	static final String SIGN_UP_COOKIE = "SIGNUP_CSRF";

	/** The forms of people who are not signed in, under the sign-in cookie's path /login. */
	private static final java.util.Set<String> SIGN_IN_FORMS = java.util.Set.of("/login", "/login/reset", "/login/reset/confirm");

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository signInForm = cookie(SIGN_IN_COOKIE, "/login");

	private final CookieCsrfTokenRepository signUpForm = cookie(SIGN_UP_COOKIE, "/signup");

	private static CookieCsrfTokenRepository cookie(String name, String path) {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(name);
		repository.setCookiePath(path);
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		CookieCsrfTokenRepository form = form(request);
		return form != null ? form.generateToken(request) : sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		CookieCsrfTokenRepository form = form(request);
		if (form != null) {
			form.saveToken(token, request, response);
			return;
		}
		if (token != null && request.getSession(false) == null && !isSafe(request.getMethod())) {
			return;
		}
		sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CookieCsrfTokenRepository form = form(request);
		return form != null ? form.loadToken(request) : sessions.loadToken(request);
	}

	/** The cookie repository of a form for people not signed in (sign-in, reset, sign-up and its confirmation), or null. */
	private CookieCsrfTokenRepository form(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SIGN_IN_FORMS.contains(path)) {
			return signInForm;
		}
		return path.equals("/signup") || path.equals("/signup/confirm") ? signUpForm : null;
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}
}
