package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

import kr.cjournal.comments.MeasureReason;
import kr.cjournal.comments.MeasureStatus;

/** A temporary measure (임시조치): who asked, why, and how far it has gone. */
public record Measure(long id, long commentId, String requesterName, String requesterContact, String requesterEmail,
		MeasureReason reasonClass, String reason, MeasureStatus status, OffsetDateTime filedAt, OffsetDateTime appliedAt,
		OffsetDateTime dueAt, String objection, OffsetDateTime objectedAt, OffsetDateTime closedAt, String moderator) {

	/** Applied (objected or not) and not yet restored or deleted. */
	public boolean inForce() {
		return status == MeasureStatus.APPLIED || status == MeasureStatus.OBJECTED;
	}

	/** In force and at or past its end: the moderator must restore or delete the comment now. */
	public boolean dueAt(OffsetDateTime now) {
		return inForce() && dueAt != null && !dueAt.isAfter(now);
	}
}
