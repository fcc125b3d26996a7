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

	/**
	 * Whether the actor may read a story's text in the given status: the desk (editors and admins)
	 * every story, a reporter their own ({@code own}: they wrote it or are in its byline), every
	 * staff member a published one. The one rule for every newsroom page that shows a story;
	 * {@link Manuscripts} applies the same rule to its lists.
	 */
	public boolean mayRead(ArticleStatus status, boolean own) {
		return isEditor() || status == ArticleStatus.PUBLISHED || (own && canWrite());
	}
}
