package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as the newsroom works on it, whatever its status: the Markdown source, the version
 * an editor must send back when saving, and the desk's notes.
 */
public record Manuscript(long id, ArticleStatus status, int version, long sectionId, String headline, String subtitle,
		String bodyMarkdown, List<Reporter> bylines, List<String> tags, String createdBy, OffsetDateTime publishAt,
		boolean embargo, String deskComment, String correctionNote, String unpublishedReason,
		OffsetDateTime publishedAt, OffsetDateTime updatedAt, OffsetDateTime savedAt) {

	/** Whether the actor wrote it or is in its byline. */
	public boolean isOwnedBy(String username) {
		return username != null && (username.equals(createdBy)
				|| bylines.stream().anyMatch(r -> username.equals(r.username())));
	}

	public Draft draft() {
		return new Draft(sectionId, headline, subtitle, bodyMarkdown, bylines.stream().map(Reporter::id).toList(), tags);
	}
}
