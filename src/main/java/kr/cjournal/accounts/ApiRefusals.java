package kr.cjournal.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * How programs are refused: JSON {@code {"error": ..., "message": ...}} with 401 or 403, never a
 * redirect to the sign-in page. Programs are requests to {@code /api/}, requests carrying a
 * bearer token and scripts that ask for JSON rather than HTML. A token kept out of an endpoint gets
 * {@code token_not_allowed}, one without the scope it needs {@code insufficient_scope}. An API
 * call refused for its CSRF token while nobody is signed in is 401: it lacks a token, not a form's.
 */
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Which requests are refused with JSON. */
	static final RequestMatcher PROGRAMS = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/") || BearerTokenFilter.carriesToken(request) || wantsJson(request);

	private final JsonMapper json;

	ApiRefusals(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		unauthorized(response, "로그인하거나 올바른 API 토큰(Authorization: Bearer)을 보내 주세요.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		if (e instanceof CsrfException && isApi(request) && !signedIn()) {
			// Nobody is signed in, so no CSRF token could help: a program that forgot its token.
			commence(request, response, null);
			return;
		}
		write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "이 작업을 할 권한이 없습니다.");
	}

	void unauthorized(HttpServletResponse response, String message) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message);
	}

	/** 403 for a token kept out of the request's endpoint whatever its scopes. */
	void forbidden(HttpServletResponse response, String error, String message) throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, error, message);
	}

	/** 403 for a token made without the scope the request needs (RFC 6750, section 3.1). */
	void insufficientScope(HttpServletResponse response, TokenScope needed) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + needed.code() + "\"");
		write(response, HttpServletResponse.SC_FORBIDDEN, "insufficient_scope", "이 API 토큰에는 '" + needed.label() + "("
				+ needed.code() + ")' 권한이 없습니다. 그 권한을 고른 토큰을 새로 만들어 주세요.");
	}

	private void write(HttpServletResponse response, int status, String error, String message) throws IOException {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("message", message);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static boolean signedIn() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("text/html");
	}
}
