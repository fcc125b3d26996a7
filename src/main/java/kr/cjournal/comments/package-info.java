/**
 * Readers' comments under a story: posting (the 400-byte rule, limits, quiet hours,
 * pre-moderation), replies one level deep, 공감/비공감, reports, blocks, the reader's page
 * {@code /reader/{nickname}}, the abuse filter (클린필터, {@code comments.filter}), and the
 * moderators' tools: the queue, bans, temporary measures (임시조치, 정보통신망법 §44-2) and an
 * append-only log of every action. The comment area is its own request, so the article page stays
 * cacheable; lists read the stored count in {@code comment_threads}.
 * <p>
 * Other modules use {@link kr.cjournal.comments.CommentCounts} (stored counts for lists),
 * {@link kr.cjournal.comments.CommentAreas} and {@link kr.cjournal.comments.ReaderProfiles} (the
 * site's comment page and reader page are built from them, in the site's layout),
 * {@link kr.cjournal.comments.CommentArchive} (comments brought in as they were: the demo, imports)
 * and {@link kr.cjournal.comments.CommentText} (the 400-byte rule), and listen for
 * {@link kr.cjournal.comments.CommentsChanged}. Posting goes through
 * {@link kr.cjournal.comments.CommentPosting}, which checks every rule; the page records are public
 * only for the templates. Caches are per node: another node's lists follow within their lifetime
 * ({@code cjournal.comments.thread.list-cache}, 30 s).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments",
		allowedDependencies = { "accounts", "newsroom", "people", "core" })
package kr.cjournal.comments;
