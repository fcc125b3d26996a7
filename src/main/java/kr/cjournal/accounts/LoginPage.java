package kr.cjournal.accounts;

/**
 * The sign-in page.
 * @param alert what went wrong, or null
 * @param notice what happened, or null
 * @param next the newsroom page to open after signing in, or null for the newsroom's front page
 */
public record LoginPage(String alert, String notice, String csrfParameter, String csrfToken, String next) {
}
