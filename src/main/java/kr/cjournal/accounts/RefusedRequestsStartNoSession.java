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
 * nothing on the server. The session begins when the password is right.
 */
class RefusedRequestsStartNoSession implements CsrfTokenRepository {

	static final String SIGN_IN_COOKIE = "LOGIN_CSRF";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository signInForm = new CookieCsrfTokenRepository();

	RefusedRequestsStartNoSession() {
		signInForm.setCookieName(SIGN_IN_COOKIE);
		signInForm.setCookiePath("/login");
		signInForm.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return isSignInForm(request) ? signInForm.generateToken(request) : sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (isSignInForm(request)) {
			signInForm.saveToken(token, request, response);
			return;
		}
		if (token != null && request.getSession(false) == null && !isSafe(request.getMethod())) {
			return;
		}
		sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return isSignInForm(request) ? signInForm.loadToken(request) : sessions.loadToken(request);
	}

	private static boolean isSignInForm(HttpServletRequest request) {
		return (request.getContextPath() + "/login").equals(request.getRequestURI());
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}
}
