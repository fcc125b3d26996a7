package kr.cjournal.accounts;

import java.util.Set;

/**
 * Who is asking for something: the signed-in staff member's user name and roles, whether they
 * came with a session or an API token. Controllers declare an {@code Actor} parameter (see
 * {@link Actors}); the modules' own rules (the desk's workflow, who edits the directory) ask it
 * rather than the request. Anonymous requests are {@link #ANONYMOUS}: no name, no roles.
 */
public record Actor(String username, Set<Role> roles) {

	public static final Actor ANONYMOUS = new Actor(null, Set.of());

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Desk editors and administrators: they decide what readers see. */
	public boolean isDesk() {
		return has(Role.EDITOR) || has(Role.ADMIN);
	}

	/** Whoever writes stories: reporters and the desk. */
	public boolean canWrite() {
		return isDesk() || has(Role.REPORTER);
	}

	/** Moderators and administrators: they work the comment queue, bans and temporary measures. */
	public boolean canModerate() {
		return has(Role.MODERATOR) || has(Role.ADMIN);
	}

	/** A reader and nothing else: never a member of staff. */
	public boolean isReaderOnly() {
		return roles.equals(Set.of(Role.READER));
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}
}
