package kr.cjournal.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in behind the throttle. The password check is Spring Security's, which for an
 * unknown user name still compares against a dummy hash, so a wrong name and a wrong
 * password take as long as each other and get the same answer. For an account with two-factor
 * sign-in the right password signs nobody in: {@link SecondFactorNeeded} sends the browser to the
 * code, and the account's failures are forgotten only once the code is right too, so knowing the
 * password does not reset the count of guessed codes.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final TwoFactor twoFactor;

	ThrottledSignIn(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle, TwoFactor twoFactor) {
		StaffUserDetails details = new StaffUserDetails(accounts);
		this.passwords = new DaoAuthenticationProvider(details);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setUserDetailsPasswordService(details);
		this.throttle = throttle;
		this.twoFactor = twoFactor;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = address(attempt);
		if (throttle.isLocked(username, address)) {
			throw new LockedException("Too many failed sign-ins for this account or address");
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			if (twoFactor.isOn(result.getName())) {
				throw new SecondFactorNeeded(result.getName());
			}
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.failed(username, address);
			if (throttle.isLocked(username, address)) {
				throw new LockedException("Too many failed sign-ins for this account or address", e);
			}
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
