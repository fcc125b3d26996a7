package kr.cjournal.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in a fixed time after it began, however active the person has been since; the
 * idle timeout alone would let a stolen session live for ever. Runs before the security context
 * is read, so the request that finds the session too old is already anonymous.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	/** The session attribute holding the {@link Instant} of sign-in. */
	static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".SIGNED_IN_AT";

	private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionTimeout.class);

	private final Duration limit;

	private final Clock clock;

	AbsoluteSessionTimeout(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
				&& !clock.instant().isBefore(signedIn.plus(limit))) {
			log.info("Session signed in at {} ended after {}", signedIn, limit);
			session.invalidate();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/newsroom")) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
