package kr.cjournal.comments;

/** The desk's switches on one story's comments, {@code /newsroom/comments/stories/{articleId}}. */
public record StoryCommentsPage(long articleId, String headline, boolean closed, boolean premoderated, int visibleCount,
		String notice) {

	public String storyUrl() {
		return "/article/" + articleId;
	}

	public String commentsUrl() {
		return "/article/" + articleId + "/comments";
	}

	public String action() {
		return "/newsroom/comments/stories/" + articleId;
	}
}
