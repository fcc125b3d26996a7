package kr.cjournal.comments.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.core.Page;

/**
 * The append-only record of every moderation step: who, what, when, why, and the comment, reader
 * or measure it concerned. Rows are only ever inserted and read; nothing here (or anywhere) updates
 * or deletes them, so the record cannot be edited after the fact.
 */
@Component
public class ModerationLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	ModerationLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes one row; call it inside the transaction of the step it records. The one way a row is
	 * written, for the queue's actions, the desk's comment switches and the filter's words alike.
	 */
	public void record(String moderator, ModerationAction action, Long commentId, Long readerId, Long measureId, String reason) {
		jdbc.sql("insert into moderation_log (acted_at, moderator, action, comment_id, reader_id, measure_id, reason) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(OffsetDateTime.now(clock), moderator, action.name(), commentId, readerId, measureId, reason)
			.update();
	}

	/** Newest first, optionally only one action and/or one reader. */
	Page<LogEntry> page(ModerationAction action, Long readerId, int page, int size) {
		String where = " where 1 = 1" + (action == null ? "" : " and action = :action")
				+ (readerId == null ? "" : " and reader_id = :reader");
		var params = new java.util.HashMap<String, Object>();
		if (action != null) {
			params.put("action", action.name());
		}
		if (readerId != null) {
			params.put("reader", readerId);
		}
		long total = jdbc.sql("select count(*) from moderation_log" + where).params(params).query(Long.class).single();
		List<LogEntry> entries = jdbc.sql("select * from moderation_log" + where + " order by acted_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query((rs, n) -> new LogEntry(rs.getLong("id"), rs.getObject("acted_at", OffsetDateTime.class),
					rs.getString("moderator"), ModerationAction.parse(rs.getString("action")),
					(Long) rs.getObject("comment_id", Long.class), (Long) rs.getObject("reader_id", Long.class),
					(Long) rs.getObject("measure_id", Long.class), rs.getString("reason")))
			.list();
		return new Page<>(entries, page, size, total);
	}
}
