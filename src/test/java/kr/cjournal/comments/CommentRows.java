package kr.cjournal.comments;

import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import kr.cjournal.accounts.Reader;

/**
 * Puts comments, reactions, blocks and notices straight into the database for the read side's
 * tests, as the posting and moderation code would leave them; {@link #changed} announces it as
 * they do.
 */
class CommentRows {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CommentRows(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	long add(long articleId, Reader author, String text, CommentStatus status) {
		return add(articleId, null, author, text, status, OffsetDateTime.now(), 0);
	}

	long reply(long articleId, long parentId, Reader author, String text, CommentStatus status) {
		return add(articleId, parentId, author, text, status, OffsetDateTime.now(), 0);
	}

	long add(long articleId, Long parentId, Reader author, String text, CommentStatus status, OffsetDateTime at,
			int likes) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into comments (article_id, parent_id, author_id, body, text_key, status, review_reason, likes, created_at)
				values (:article, :parent, :author, :body, :key, :status, :reason, :likes, :at)""")
			.param("article", articleId)
			.param("parent", parentId)
			.param("author", author.accountId())
			.param("body", text)
			.param("key", "%064d".formatted(Math.abs(text.hashCode())))
			.param("status", status.name())
			.param("reason", status == CommentStatus.REVIEW ? ReviewReason.FILTER.name() : null)
			.param("likes", likes)
			.param("at", at)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void react(long commentId, Reader reader, String kind) {
		jdbc.sql("insert into comment_reactions (comment_id, reader_id, kind) values (?, ?, ?)")
			.params(commentId, reader.accountId(), kind)
			.update();
	}

	void block(Reader reader, Reader blocked) {
		jdbc.sql("insert into reader_blocks (reader_id, blocked_id) values (?, ?)")
			.params(reader.accountId(), blocked.accountId())
			.update();
	}

	void notice(Reader reader, String kind, String body, Long measureId) {
		jdbc.sql("insert into reader_notices (reader_id, kind, body, measure_id) values (?, ?, ?, ?)")
			.params(reader.accountId(), kind, body, measureId)
			.update();
	}

	void close(long articleId) {
		jdbc.sql("insert into comment_threads (article_id, closed) values (?, true)").params(articleId).update();
	}

	void changed(long articleId) {
		events.publishEvent(new CommentsChanged(articleId));
	}
}
