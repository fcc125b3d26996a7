package kr.cjournal.accounts;

/** A reader's own page {@code /account}: who they are, whether their address is confirmed. */
public record ReaderAccountPage(Reader reader, String notice, String error, String csrfParameter, String csrfToken) {
}
