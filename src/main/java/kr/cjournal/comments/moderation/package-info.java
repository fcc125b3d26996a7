/**
 * Moderation of readers' comments: reports (hidden pending review at a threshold), the moderators'
 * queue at {@code /newsroom/comments} (approve, remove with a reason, ban for 1, 7 or 30 days or
 * for good), bans that posting asks about ({@link kr.cjournal.comments.moderation.Bans#activeBan}),
 * temporary measures (임시조치, 정보통신망법 §44-2) from the public request form to restoration or
 * deletion, the public list of measures taken, what readers are told
 * ({@link kr.cjournal.comments.moderation.ReaderNotices}), and the append-only moderation log.
 * Every status change publishes {@link kr.cjournal.comments.CommentsChanged}.
 */
package kr.cjournal.comments.moderation;
