package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;

import kr.cjournal.core.Kst;

/**
 * A moderator's limit on a reader: no posting until {@code endsAt}, or for good when it is null.
 * @param liftedAt when a moderator lifted it early, or null
 */
public record Ban(long id, long readerId, OffsetDateTime endsAt, String reason, String moderator,
		OffsetDateTime createdAt, OffsetDateTime liftedAt) {

	public boolean permanent() {
		return endsAt == null;
	}

	/** Whether it holds at {@code now}: not lifted and not over. */
	public boolean activeAt(OffsetDateTime now) {
		return liftedAt == null && (endsAt == null || endsAt.isAfter(now));
	}

	/** What a banned reader is told when they try to post (Korean, KST). */
	public String message() {
		return permanent() ? "운영 원칙 위반으로 댓글 쓰기가 영구히 제한된 계정입니다."
				: "운영 원칙 위반으로 " + Kst.minutes(endsAt) + "까지 댓글을 쓸 수 없습니다.";
	}

	/** How long, as the moderator's pages show it. */
	public String term() {
		return permanent() ? "영구" : Kst.minutes(endsAt) + "까지";
	}
}
