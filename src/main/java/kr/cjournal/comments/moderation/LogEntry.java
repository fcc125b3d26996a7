package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

/** One row of the moderation log as the log page shows it. */
public record LogEntry(long id, OffsetDateTime actedAt, String moderator, ModerationAction action, Long commentId,
		Long readerId, Long measureId, String reason) {
}
