package kr.cjournal.accounts;

import java.security.Principal;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * The one way to learn who makes a request: its signed-in user (session or API token) as an
 * {@link Actor}, with the roles of its authorities. Controllers get it as a parameter
 * ({@link ActorArgumentResolver}); other code with a request asks {@link #current}.
 */
public final class Actors {

	private Actors() {
	}

	/** Who makes this request; {@link Actor#ANONYMOUS} when nobody is signed in. */
	public static Actor current(HttpServletRequest request) {
		// Spring Security's request wrapper answers null for an anonymous request.
		Principal principal = request.getUserPrincipal();
		if (principal instanceof Authentication authentication) {
			return of(authentication);
		}
		return principal == null ? Actor.ANONYMOUS : new Actor(principal.getName(), Set.of());
	}

	static Actor of(Authentication authentication) {
		return new Actor(authentication.getName(), StaffUserDetails.roles(authentication.getAuthorities()));
	}
}
