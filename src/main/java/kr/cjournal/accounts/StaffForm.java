package kr.cjournal.accounts;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator types about a staff member. On creation the user name is set and the
 * password may be left empty to have one generated; later only the other fields change.
 */
public record StaffForm(String username, String displayName, String email, List<Role> roles, Boolean enabled,
		String password) {

	static StaffForm blank() {
		return new StaffForm("", "", "", List.of(Role.REPORTER), true, "");
	}

	static StaffForm of(StaffMember member) {
		return new StaffForm(member.username(), member.displayName(), member.email() == null ? "" : member.email(),
				List.copyOf(member.roles()), member.enabled(), "");
	}

	/** The staff roles ticked; anything else sent is ignored. */
	Set<Role> roleSet() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().filter(StaffRules.STAFF_ROLES::contains).forEach(set::add);
		}
		return set;
	}

	public boolean isEnabled() {
		return enabled != null && enabled;
	}

	public boolean has(Role role) {
		return roles != null && roles.contains(role);
	}

	/** Field name to Korean message, for the fields this form sets; empty when all is well. */
	Map<String, String> problems(boolean creating) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (creating) {
			StaffRules.usernameProblem(StaffRules.normalize(username)).ifPresent(p -> problems.put("username", p));
		}
		StaffRules.displayNameProblem(displayName).ifPresent(p -> problems.put("displayName", p));
		StaffRules.emailProblem(StaffRules.normalize(email)).ifPresent(p -> problems.put("email", p));
		StaffRules.rolesProblem(roleSet()).ifPresent(p -> problems.put("roles", p));
		return problems;
	}
}
