package kr.cjournal.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in as the owner of the personal API token in its
 * {@code Authorization: Bearer} header, for that request only: nothing goes into a session. A
 * token that is unknown, revoked or whose account is disabled gets 401 at once, whatever the
 * address. A token reaches only the endpoints its {@link TokenScope scopes} open; anything else,
 * staff administration, passwords, tokens, sign-in and the staff pages among it, gets 403 before
 * any other rule is asked, so a token can do at most what both its scopes and its owner's roles
 * allow. Browsers never send this header on their own, so such requests need no CSRF token.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);

	private final ApiTokens tokens;

	private final ApiRefusals refusals;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens, ApiRefusals refusals) {
		this.tokens = tokens;
		this.refusals = refusals;
	}

	static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader("Authorization").substring(SCHEME.length()).strip();
		var owner = tokens.owner(token);
		if (owner.isEmpty()) {
			log.warn("API token refused: address={} uri={}", request.getRemoteAddr(),
					SignInOutcomes.printable(request.getRequestURI()));
			refusals.unauthorized(response, "API 토큰이 올바르지 않거나 폐기되었습니다.");
			return;
		}
		var needed = TokenScope.neededFor(request);
		if (needed.isEmpty()) {
			refusals.forbidden(response, "token_not_allowed", "API 토큰으로는 이 주소를 쓸 수 없습니다. 직원 관리, 비밀번호, "
					+ "API 토큰, 로그인과 직원 화면은 로그인한 브라우저에서만 쓸 수 있습니다.");
			return;
		}
		if (!owner.get().scopes().contains(needed.get())) {
			refusals.insufficientScope(response, needed.get());
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(
				new ApiTokenAuthentication(owner.get().username(), owner.get().roles(), owner.get().scopes()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}
}
