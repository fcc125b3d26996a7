package kr.cjournal.accounts;

import java.util.List;
import java.util.Map;

/**
 * The form to add a staff member ({@code member} null) or to change one.
 * @param errors field name to Korean message
 * @param shownPassword a password just generated, shown this once, or null
 * @param twoFactor whether the member has two-factor sign-in on
 */
public record StaffEditPage(StaffMember member, StaffForm form, Map<String, String> errors, String notice,
		String shownPassword, boolean self, boolean twoFactor) {

	static final List<Role> STAFF_ROLES = List.of(Role.REPORTER, Role.EDITOR, Role.MODERATOR, Role.ADMIN);

	public boolean creating() {
		return member == null;
	}

	public String action() {
		return creating() ? "/newsroom/admin/staff" : "/newsroom/admin/staff/" + member.id();
	}

	public String error(String field) {
		return errors.get(field);
	}

	public List<Role> staffRoles() {
		return STAFF_ROLES;
	}
}
