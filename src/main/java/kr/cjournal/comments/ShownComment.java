package kr.cjournal.comments;

import java.time.OffsetDateTime;
import java.util.List;

import kr.cjournal.core.Kst;

/**
 * A comment as one reader sees it under a story. When {@code placeholder} is set the comment is
 * not shown (deleted, removed, under a temporary measure, or by a reader the viewer blocks): the
 * line reads the placeholder instead, with no author and no text.
 * @param mine whether the viewer wrote it
 * @param inReview the viewer's own comment waiting for a moderator (검토 중)
 * @param reaction the viewer's own 공감 ({@code LIKE}) or 비공감 ({@code DISLIKE}), or null
 * @param replies one level: replies have none
 */
public record ShownComment(long id, Long parentId, long authorId, String nickname, String authorUrl, String text,
		OffsetDateTime createdAt, int likes, int dislikes, String placeholder, boolean mine, boolean inReview,
		String reaction, List<ShownComment> replies) {

	public static final String DELETED = "삭제된 댓글입니다";

	public static final String BLINDED = "권리침해 신고에 의해 임시조치된 댓글입니다";

	public static final String REMOVED = "운영 원칙에 따라 삭제된 댓글입니다";

	public static final String BLOCKED = "차단한 독자의 댓글입니다";

	public static final String IN_REVIEW = "검토 중인 댓글입니다";

	public boolean isPlaceholder() {
		return placeholder != null;
	}

	public boolean isReply() {
		return parentId != null;
	}

	/** {@code 2026-11-29 21:03:34} in KST. */
	public String time() {
		return Kst.seconds(createdAt);
	}

	/** ISO-8601 with {@code +09:00}. */
	public String iso() {
		return Kst.iso(createdAt);
	}

	ShownComment withReplies(List<ShownComment> newReplies) {
		return new ShownComment(id, parentId, authorId, nickname, authorUrl, text, createdAt, likes, dislikes,
				placeholder, mine, inReview, reaction, List.copyOf(newReplies));
	}

	/** The same comment with its 공감/비공감 counts as they are now ({@code likesAndDislikes}; null keeps them). */
	ShownComment withCounts(int[] likesAndDislikes) {
		if (likesAndDislikes == null) {
			return this;
		}
		return new ShownComment(id, parentId, authorId, nickname, authorUrl, text, createdAt, likesAndDislikes[0],
				likesAndDislikes[1], placeholder, mine, inReview, reaction, replies);
	}

	ShownComment asSeenBy(long viewerId, String viewerReaction) {
		return new ShownComment(id, parentId, authorId, nickname, authorUrl, text, createdAt, likes, dislikes,
				placeholder, !isPlaceholder() && authorId == viewerId, inReview, isPlaceholder() ? null : viewerReaction,
				replies);
	}

	ShownComment blocked() {
		return new ShownComment(id, parentId, authorId, null, null, null, createdAt, 0, 0, BLOCKED, false, false, null,
				replies);
	}
}
