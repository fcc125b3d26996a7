package kr.cjournal.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import kr.cjournal.core.Kst;

/** A staff account as the admin pages show it (public for the templates, not for other modules). */
public record StaffMember(long id, String username, String displayName, String email, Set<Role> roles,
		boolean enabled, OffsetDateTime createdAt) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** 기자, 데스크 */
	public String roleLabels() {
		return roles.stream().map(Role::label).collect(Collectors.joining(", "));
	}

	public String created() {
		return Kst.minutes(createdAt);
	}

	Account account() {
		return new Account(id, username, displayName, roles, enabled);
	}

	StaffAccountSaved saved() {
		return new StaffAccountSaved(id, username, displayName, email, roles, enabled);
	}
}
