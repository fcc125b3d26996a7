package kr.cjournal.accounts;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, but the account signs in with a code as well: nobody is signed in
 * yet. Thrown by {@link ThrottledSignIn}, so the form login stores no authentication, and turned
 * by {@link SignInOutcomes} into the second step, {@link TwoFactorSignInController}.
 */
class SecondFactorNeeded extends AccountStatusException {

	private final String username;

	SecondFactorNeeded(String username) {
		super("Password accepted; a second factor is needed");
		this.username = username;
	}

	String username() {
		return username;
	}
}
