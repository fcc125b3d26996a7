package kr.cjournal.accounts;

/**
 * A reader page that only says what happened (an address confirmed, a link that no longer works).
 * @param linkUrl where to go next, with {@code linkText}
 */
public record ReaderMessagePage(String title, String message, boolean ok, String linkUrl, String linkText) {
}
