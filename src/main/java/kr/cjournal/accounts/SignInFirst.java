package kr.cjournal.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a browser that is not signed in to the sign-in page, with the newsroom page it asked for
 * in the address ({@code /login?next=/newsroom/...}) rather than in a session: a stranger opening
 * staff pages writes nothing on the server. Only a newsroom path or a reader page of this site is
 * ever taken as {@code next}, so the parameter cannot send anyone elsewhere.
 */
class SignInFirst extends LoginUrlAuthenticationEntryPoint {

	static final String NEXT = "next";

	private static final int MAX_LENGTH = 1000;

	SignInFirst() {
		super("/login");
		setFavorRelativeUris(true);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		String query = "GET".equals(request.getMethod()) ? query(wanted(request)) : "";
		return query.isEmpty() ? "/login" : "/login?" + query;
	}

	/** The reader pages a sign-in may lead back to (a comment area, a reader's page, the account). */
	private static final java.util.List<String> READER_PAGES = java.util.List.of("/article/", "/reader/", "/comments/",
			"/section/", "/reporter/", "/people/", "/company/", "/search");

	/**
	 * {@code next=...} for a sign-in page URL, or "" when there is no valid page to go back to other
	 * than the newsroom's front page, where signing in leads staff anyway.
	 */
	static String query(String next) {
		String target = anyTarget(next);
		return target == null || target.equals(SignInOutcomes.DEFAULT_TARGET) ? ""
				: NEXT + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
	}

	/** A staff page ({@link #target}) or a reader page ({@link #readerTarget}), or null. */
	static String anyTarget(String next) {
		String staff = target(next);
		return staff != null ? staff : readerTarget(next);
	}

	/**
	 * The page to open after signing in, if {@code next} is one: a path under {@code /newsroom} of
	 * this site, in printable ASCII (as a browser sends a URL), without backslashes; otherwise null.
	 */
	static String target(String next) {
		if (next == null || !(next.equals("/newsroom") || next.startsWith("/newsroom/") || next.startsWith("/newsroom?"))) {
			return null;
		}
		return plain(next) ? next : null;
	}

	/**
	 * A reader page to open after signing in, if {@code next} is one: the front page, the account,
	 * or a path under a reader section ({@code /article/...}, {@code /reader/...} ...), in printable
	 * ASCII without backslashes; otherwise null. Never a newsroom page: readers do not go there.
	 */
	static String readerTarget(String next) {
		if (next == null || !(next.equals("/") || next.equals("/account") || READER_PAGES.stream().anyMatch(next::startsWith))) {
			return null;
		}
		return plain(next) ? next : null;
	}

	private static boolean plain(String next) {
		if (next.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < next.length(); i++) {
			char c = next.charAt(i);
			if (c <= ' ' || c > '~' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private static String wanted(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}
}
