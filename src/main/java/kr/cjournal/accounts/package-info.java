/**
 * Accounts of staff and readers: user names, BCrypt password hashes and roles. At first start it
 * creates the first administrator, {@code admin}, with the password from
 * {@code CJOURNAL_ADMIN_PASSWORD} or, when that is not set, a random one printed once in the log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package kr.cjournal.accounts;
