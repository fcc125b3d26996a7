package kr.cjournal.comments;

/** Where a comment stands; only {@link #VISIBLE} comments are shown to everyone. */
public enum CommentStatus {

	/** Shown to every reader. */
	VISIBLE,
	/** Waiting for a moderator (see {@link ReviewReason}); its author sees it marked 검토 중. */
	REVIEW,
	/** Deleted by its author; shown as 삭제된 댓글입니다 where it has replies. */
	DELETED,
	/** Removed by a moderator, with a reason in the moderation log. */
	REMOVED,
	/** Under a temporary measure (임시조치): shown as 권리침해 신고에 의해 임시조치된 댓글입니다. */
	BLINDED
}
