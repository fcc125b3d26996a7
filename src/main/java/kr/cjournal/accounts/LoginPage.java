package kr.cjournal.accounts;

/**
 * The sign-in page.
 * @param alert what went wrong, or null
 * @param notice what happened, or null
 */
public record LoginPage(String alert, String notice, String csrfParameter, String csrfToken) {
}
