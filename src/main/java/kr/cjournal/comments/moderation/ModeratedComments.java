package kr.cjournal.comments.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.comments.CommentStatus;
import kr.cjournal.comments.CommentsChanged;
import kr.cjournal.comments.ReviewReason;
import kr.cjournal.core.Page;
import kr.cjournal.core.Refusal;

/**
 * Reads comments for moderation and moves them between statuses. Every move is conditional on the
 * status the caller expects (so two moderators cannot both act on one comment), sets
 * {@code status_changed_at} and publishes {@link CommentsChanged}, which listeners receive after
 * the transaction commits.
 */
@Component
class ModeratedComments {

	static final String COLUMNS = "c.id, c.article_id, c.parent_id, c.author_id, c.body, c.status, c.review_reason, "
			+ "c.reports, c.created_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModeratedComments(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	Optional<ModeratedComment> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from comments c where c.id = ?").params(id).query(ModeratedComments::row).optional();
	}

	ModeratedComment get(long id) {
		return find(id).orElseThrow(() -> Refusal.notFound("없는 댓글입니다."));
	}

	/** Locks the comment's row for the rest of the transaction, so its status is decided once. */
	ModeratedComment lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from comments c where c.id = ? for update")
			.params(id)
			.query(ModeratedComments::row)
			.optional()
			.orElseThrow(() -> Refusal.notFound("없는 댓글입니다."));
	}

	Map<Long, ModeratedComment> byIds(Set<Long> ids) {
		Map<Long, ModeratedComment> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select " + COLUMNS + " from comments c where c.id in (:ids)")
				.param("ids", List.copyOf(ids))
				.query(ModeratedComments::row)
				.list()
				.forEach(comment -> found.put(comment.id(), comment));
		}
		return found;
	}

	/**
	 * Moves the comment from one of {@code from} to {@code to}; false when it was not in any of
	 * them any more (someone else acted first).
	 */
	boolean move(ModeratedComment comment, Set<CommentStatus> from, CommentStatus to, ReviewReason reason) {
		int changed = jdbc.sql("update comments set status = :to, review_reason = :reason, status_changed_at = :now "
				+ "where id = :id and status in (:from)")
			.param("to", to.name())
			.param("reason", reason == null ? null : reason.name())
			.param("now", OffsetDateTime.now(clock))
			.param("id", comment.id())
			.param("from", from.stream().map(Enum::name).toList())
			.update();
		if (changed == 1) {
			events.publishEvent(new CommentsChanged(comment.articleId()));
		}
		return changed == 1;
	}

	/** Puts the comment's open reports aside: they stay on record but no longer count. */
	void settleReports(long commentId) {
		jdbc.sql("update comment_reports set settled_at = ? where comment_id = ? and settled_at is null")
			.params(OffsetDateTime.now(clock), commentId)
			.update();
		jdbc.sql("update comments set reports = 0 where id = ?").params(commentId).update();
	}

	/** Comments waiting for a moderator (REVIEW) and visible ones with open reports, newest first. */
	Page<ModeratedComment> queue(Long articleId, int page, int size) {
		String where = " where (c.status = 'REVIEW' or (c.status = 'VISIBLE' and c.reports > 0))"
				+ (articleId == null ? "" : " and c.article_id = :article");
		Map<String, Object> params = articleId == null ? Map.of() : Map.of("article", articleId);
		long total = jdbc.sql("select count(*) from comments c" + where).params(params).query(Long.class).single();
		List<ModeratedComment> items = jdbc.sql("select " + COLUMNS + " from comments c" + where
				+ " order by c.created_at desc, c.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(ModeratedComments::row)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** A reader's comments in every status, newest first. */
	Page<ModeratedComment> byAuthor(long authorId, int page, int size) {
		long total = jdbc.sql("select count(*) from comments c where c.author_id = ?").params(authorId).query(Long.class).single();
		List<ModeratedComment> items = jdbc.sql("select " + COLUMNS + " from comments c where c.author_id = :author"
				+ " order by c.created_at desc, c.id desc limit :limit offset :offset")
			.param("author", authorId)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(ModeratedComments::row)
			.list();
		return new Page<>(items, page, size, total);
	}

	static ModeratedComment row(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("review_reason");
		return new ModeratedComment(rs.getLong("id"), rs.getLong("article_id"), (Long) rs.getObject("parent_id", Long.class),
				rs.getLong("author_id"), rs.getString("body"), CommentStatus.valueOf(rs.getString("status")),
				reason == null ? null : ReviewReason.valueOf(reason), rs.getInt("reports"),
				rs.getObject("created_at", OffsetDateTime.class));
	}
}
