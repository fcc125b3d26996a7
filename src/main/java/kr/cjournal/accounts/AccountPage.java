package kr.cjournal.accounts;

/**
 * A staff member's own account page: who they are and the form to change their password.
 * @param error what was wrong with the last password change, or null
 */
public record AccountPage(StaffMember member, String notice, String error) {
}
