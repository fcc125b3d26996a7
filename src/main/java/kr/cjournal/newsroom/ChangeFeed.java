package kr.cjournal.newsroom;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The durable change feed: a row per change a reader could notice, written in the same
 * transaction as the change, numbered by one increasing sequence.
 */
@Component
public class ChangeFeed {

	private final JdbcClient jdbc;

	ChangeFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sequence number of the newest change; 0 when there is none. */
	public long latest() {
		return jdbc.sql("select coalesce(max(seq), 0) from article_changes").query(Long.class).single();
	}

	/** A change: which story (0 for all of them) and what happened to it. */
	public record Change(long seq, long articleId, String kind, OffsetDateTime at) {
	}

	/**
	 * Up to {@code limit} changes after {@code seq}, oldest first. A reader of the feed that
	 * remembers the last seq it applied catches up from there after a restart.
	 */
	public java.util.List<Change> after(long seq, int limit) {
		return jdbc.sql("select seq, article_id, kind, changed_at from article_changes where seq > ? order by seq limit ?")
			.params(seq, limit)
			.query((rs, n) -> new Change(rs.getLong("seq"), rs.getLong("article_id"), rs.getString("kind"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	void record(long articleId, String kind, OffsetDateTime at) {
		jdbc.sql("insert into article_changes (article_id, kind, changed_at) values (?, ?, ?)")
			.params(articleId, kind, at)
			.update();
	}
}
