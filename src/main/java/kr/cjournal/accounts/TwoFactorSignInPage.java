package kr.cjournal.accounts;

/**
 * The page asking for the code after the password.
 * @param alert what was wrong with the last code, or null
 */
public record TwoFactorSignInPage(String alert, String csrfParameter, String csrfToken) {
}
