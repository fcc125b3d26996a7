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

	void record(long articleId, String kind, OffsetDateTime at) {
		jdbc.sql("insert into article_changes (article_id, kind, changed_at) values (?, ?, ?)")
			.params(articleId, kind, at)
			.update();
	}
}
