package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

import kr.cjournal.comments.ReportReason;

/** One open report as the queue shows it. */
public record CommentReport(long commentId, ReportReason reason, String detail, OffsetDateTime createdAt) {
}
