package kr.cjournal.accounts;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Someone who gave the right password of an account with two-factor sign-in and has yet to give
 * its code: kept in the session (not signed in) for a few minutes, with the newsroom page they asked
 * for before signing in ({@link SignInFirst#target}, or null).
 */
record PendingSignIn(String username, Instant passwordAt, String target) implements Serializable {

	static final String ATTRIBUTE = PendingSignIn.class.getName();

	/** How long the code may take after the password. */
	static final Duration VALID_FOR = Duration.ofMinutes(5);

	/** Starts the second step in a session under a new id, so a planted session cookie gains nothing. */
	static void begin(HttpServletRequest request, String username, Instant now, String target) {
		request.getSession().setAttribute(ATTRIBUTE, new PendingSignIn(username, now, target));
		request.changeSessionId();
	}

	/** The pending sign-in of this request's session, if there is one and it is recent. */
	static PendingSignIn of(HttpServletRequest request, Instant now) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
			return null;
		}
		if (now.isAfter(pending.passwordAt().plus(VALID_FOR))) {
			session.removeAttribute(ATTRIBUTE);
			return null;
		}
		return pending;
	}

	static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}
}
