package kr.cjournal.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the {@link StaffHeader} of the person making a request. */
@Component
class StaffHeaders {

	private final Accounts accounts;

	StaffHeaders(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The header for whoever is signed in, or null for an anonymous request. */
	StaffHeader of(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Actor actor = Actors.of(authentication);
		String username = actor.username();
		String displayName = accounts.findByUsername(username).map(Account::displayName).orElse(username);
		// A token-signed request has no session and needs no CSRF token; asking for one would make a session.
		CsrfToken csrf = authentication instanceof ApiTokenAuthentication ? null
				: (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return csrf == null ? new StaffHeader(actor, displayName, "", "", "")
				: new StaffHeader(actor, displayName, csrf.getHeaderName(), csrf.getParameterName(),
						csrf.getToken());
	}
}
