package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

import kr.cjournal.comments.CommentStatus;
import kr.cjournal.comments.ReviewReason;

/** A comment as moderation sees it: who wrote what under which story, where it stands, how often reported. */
public record ModeratedComment(long id, long articleId, Long parentId, long authorId, String body, CommentStatus status,
		ReviewReason reviewReason, int reports, OffsetDateTime createdAt) {
}
