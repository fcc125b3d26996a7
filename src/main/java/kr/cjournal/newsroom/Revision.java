package kr.cjournal.newsroom;

import java.time.OffsetDateTime;

/** One saved state of an article; {@code note} says why it was saved (저장, 자동 저장, 출고 ...). */
public record Revision(long articleId, int number, long sectionId, String headline, String subtitle,
		String bodyMarkdown, String savedBy, OffsetDateTime savedAt, String note) {
}
