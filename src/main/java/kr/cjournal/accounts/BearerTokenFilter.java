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
 * address. Browsers never send this header on their own, so such requests need no CSRF token.
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
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(owner.get().username(), owner.get().roles()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}
}
