package kr.cjournal.people;

/**
 * Announced (after commit) whenever the linker writes or removes a story's rows of
 * {@code mentions}: on publishing, correcting, unpublishing and relinking, so that cached pages
 * listing the stories that name someone are built again.
 */
public record MentionsChanged(long articleId) {
}
