package kr.cjournal.accounts;

import java.util.Set;

/**
 * What every staff page (newsroom, admin) shows in its header: who is signed in, what they may
 * open, and the CSRF token their forms and scripts send back. Null on the sign-in page.
 */
public record StaffHeader(String username, String displayName, Set<Role> roles, String csrfHeader,
		String csrfParameter, String csrfToken) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isEditor() {
		return has(Role.EDITOR) || has(Role.ADMIN);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}
}
