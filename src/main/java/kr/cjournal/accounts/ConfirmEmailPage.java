package kr.cjournal.accounts;

/** The page a confirmation link opens: one button that confirms the address. Public only for its template. */
public record ConfirmEmailPage(String token, String csrfParameter, String csrfToken) {
}
