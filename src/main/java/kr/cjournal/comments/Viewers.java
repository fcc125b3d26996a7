package kr.cjournal.comments;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;

/** Who reads a comment page: the signed-in reader, or nobody (signed out, or staff without a reader profile). */
@Component
class Viewers {

	private final Readers readers;

	Viewers(Readers readers) {
		this.readers = readers;
	}

	/** The signed-in reader, or null: one query when someone is signed in, none otherwise. */
	Reader of(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		return principal == null ? null : readers.byUsername(principal.getName()).orElse(null);
	}

	/** The request's CSRF token for the forms a signed-in reader gets; never asked for signed-out readers, so they get no session. */
	static CsrfToken csrf(HttpServletRequest request) {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}
}
