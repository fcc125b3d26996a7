package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

/**
 * Something a reader is told on their own page: a comment removed, a ban, a temporary measure
 * applied to or lifted from one of their comments.
 * @param kind COMMENT_REMOVED, BANNED, MEASURE_APPLIED, MEASURE_RESTORED or MEASURE_DELETED
 * @param measureId the measure concerned, for MEASURE_* notices (the poster may object to an applied one)
 */
public record ReaderNotice(long id, String kind, String body, Long commentId, Long measureId, OffsetDateTime createdAt,
		boolean read) {

	/** Where the poster objects to the measure, while they still may; null for other notices. */
	public String objectionUrl() {
		return "MEASURE_APPLIED".equals(kind) && measureId != null ? "/comments/measures/" + measureId + "/objection" : null;
	}
}
