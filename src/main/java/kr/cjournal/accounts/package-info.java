/**
 * Accounts of staff and readers, and everything about who is making a request. It owns the
 * accounts (user names, e-mail addresses, PBKDF2 password hashes, older ones BCrypt, roles) and
 * the password policy; sign-in with a form at {@code /login}, throttled per account and per client
 * address, and sign-out; optional two-factor sign-in (TOTP codes from an authenticator app, or
 * one-time recovery codes) as a second step at {@code /login/two-factor}, turned on at
 * {@code /newsroom/account/two-factor} and required of administrators and desk editors when
 * {@code cjournal.accounts.require-two-factor} is on; sessions kept in the database by Spring
 * Session, with an absolute timeout on top of the idle one; personal API tokens
 * ({@code Authorization: Bearer}) whose scopes open a few endpoints and never staff
 * administration, passwords or tokens; the URL rules for
 * {@code /newsroom/**}, {@code /api/**} and {@code /actuator/**}; the security headers of every
 * response; the staff admin pages under {@code /newsroom/admin/staff}, a staff member's own page at
 * {@code /newsroom/account}, and {@code GET /api/v1/me}. Readers join at {@code /signup}
 * ({@link kr.cjournal.accounts.ReaderSignUp}: nickname rules, then every
 * {@link kr.cjournal.accounts.NicknameCheck}), confirm their address by a mailed link, reset a
 * forgotten password at {@code /login/reset} (staff too), see their own account at
 * {@code /account}, and the cached reader pages ask {@code /account/status} who is signed in;
 * readers never reach the newsroom or the staff API. At first start it creates the first
 * administrator, {@code admin}, with every role and the password from
 * {@code CJOURNAL_ADMIN_PASSWORD} or, when that is not set, a random one printed once in the log.
 * <p>
 * Other modules use {@link kr.cjournal.accounts.Accounts}, {@link kr.cjournal.accounts.Role}
 * (authorities are {@code ROLE_} and its name), {@link kr.cjournal.accounts.Actor}, who makes a
 * request with which roles (a controller parameter, or {@link kr.cjournal.accounts.Actors}), for
 * their own rules, the {@link kr.cjournal.accounts.StaffHeader} model attribute {@code staff} on
 * the pages of their controllers marked {@code core.StaffController} (whose refusals
 * ({@code core.Refusal}) and malformed addresses {@code StaffErrors} turns into the staff error
 * page), and listen for
 * {@link kr.cjournal.accounts.StaffAccountSaved}. The page records are public only for the
 * templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package kr.cjournal.accounts;
