package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the session, except that a form or script request arriving without a live
 * session does not start one. Such a request can only be refused (no token it carries can match),
 * but Spring Security would still make up a token for it and store it in a new session, and the
 * answer's session cookie would replace whatever the browser holds. An editor page left open after
 * its session ended sends such requests on its own (preview, people search); landing while the
 * writer signs in again in another tab, that cookie replaced the sign-in page's session, or the
 * new signed-in one, and the writer found themselves on the sign-in page again.
 */
class RefusedRequestsStartNoSession implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token != null && request.getSession(false) == null && !isSafe(request.getMethod())) {
			return;
		}
		sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return sessions.loadToken(request);
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}
}
