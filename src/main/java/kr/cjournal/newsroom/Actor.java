package kr.cjournal.newsroom;

import java.util.Set;

/**
 * Who is asking the newsroom to do something: the signed-in staff member's user name and roles
 * (REPORTER, EDITOR, MODERATOR, ADMIN). Built by the web layer from the security context, so the
 * newsroom's rules hold whatever calls it.
 */
public record Actor(String username, Set<String> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean isEditor() {
		return roles.contains("EDITOR") || roles.contains("ADMIN");
	}

	public boolean canWrite() {
		return isEditor() || roles.contains("REPORTER");
	}
}
