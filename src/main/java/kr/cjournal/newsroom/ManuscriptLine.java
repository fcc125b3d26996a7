package kr.cjournal.newsroom;

import java.time.OffsetDateTime;

/** One article in a newsroom list: enough to find it and see where it stands. */
public record ManuscriptLine(long id, ArticleStatus status, String headline, long sectionId, String createdBy,
		String reporterName, OffsetDateTime savedAt, OffsetDateTime publishAt, boolean embargo,
		OffsetDateTime publishedAt) {
}
