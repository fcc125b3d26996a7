package kr.cjournal.accounts;

/**
 * What every staff page (newsroom, admin) shows in its header: who is signed in ({@link Actor}),
 * what they may open, and the CSRF token their forms and scripts send back. Null on the sign-in
 * page. What they may open is the actor's rule, not a copy of it.
 */
public record StaffHeader(Actor actor, String displayName, String csrfHeader, String csrfParameter,
		String csrfToken) {

	public String username() {
		return actor.username();
	}

	public boolean has(Role role) {
		return actor.has(role);
	}

	public boolean isEditor() {
		return actor.isDesk();
	}

	/** Moderators and administrators: the comment queue, bans, temporary measures, the filter's words. */
	public boolean isModerator() {
		return actor.canModerate();
	}

	public boolean isAdmin() {
		return actor.isAdmin();
	}
}
