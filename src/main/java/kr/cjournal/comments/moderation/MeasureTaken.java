package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

import kr.cjournal.comments.MeasureReason;
import kr.cjournal.comments.MeasureStatus;
import kr.cjournal.core.Kst;

/**
 * What the public list shows of a measure taken: when, what class, where it stands, and when it
 * ended or, while it lasts, when the blind is due to end.
 */
public record MeasureTaken(OffsetDateTime appliedAt, MeasureReason reasonClass, MeasureStatus status, OffsetDateTime endedAt,
		OffsetDateTime dueAt) {

	/** The end column: the day it ended, or "... 예정" while the blind lasts. */
	public String end() {
		if (endedAt != null) {
			return Kst.minutes(endedAt);
		}
		return dueAt == null ? "" : Kst.minutes(dueAt) + " 예정";
	}
}
