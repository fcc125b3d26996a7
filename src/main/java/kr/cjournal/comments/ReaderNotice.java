package kr.cjournal.comments;

import java.time.OffsetDateTime;

import kr.cjournal.core.Kst;

/**
 * What a reader is told on their own page: a temporary measure on their comment, a removal, a ban.
 * @param kind {@code MEASURE_APPLIED} for a temporary measure the reader may object to
 * @param unread whether this is the first time the reader's page shows it
 */
public record ReaderNotice(long id, String kind, String body, Long commentId, Long measureId, OffsetDateTime createdAt,
		boolean unread) {

	public static final String MEASURE_APPLIED = "MEASURE_APPLIED";

	/** A temporary measure on the reader's comment: they may object to it. */
	public boolean canObject() {
		return MEASURE_APPLIED.equals(kind) && measureId != null;
	}

	public String objectionUrl() {
		return "/comments/measures/" + measureId + "/objection";
	}

	public String time() {
		return Kst.seconds(createdAt);
	}

	public String iso() {
		return Kst.iso(createdAt);
	}
}
