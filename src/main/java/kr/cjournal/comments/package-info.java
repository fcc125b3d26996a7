/**
 * Readers' comments under a story: posting (the 400-byte rule, limits, quiet hours,
 * pre-moderation), replies one level deep, 공감/비공감, reports, blocks, the reader's page
 * {@code /reader/{nickname}}, the abuse filter (클린필터, {@code comments.filter}), and the
 * moderators' tools: the queue, bans, temporary measures (임시조치, 정보통신망법 §44-2) and an
 * append-only log of every action. The comment area is its own request, so the article page stays
 * cacheable; lists read the stored count in {@code comment_threads}.
 * <p>
 * Other modules see {@link kr.cjournal.comments.CommentCounts} (counts for lists) and listen for
 * {@link kr.cjournal.comments.CommentsChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments",
		allowedDependencies = { "accounts", "newsroom", "people", "core" })
package kr.cjournal.comments;
