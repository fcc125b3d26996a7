package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

import kr.cjournal.comments.MeasureReason;
import kr.cjournal.comments.MeasureStatus;

/** What the public list shows of a measure taken: when, what class, where it stands, when it ended. */
public record MeasureTaken(OffsetDateTime appliedAt, MeasureReason reasonClass, MeasureStatus status, OffsetDateTime endedAt) {
}
