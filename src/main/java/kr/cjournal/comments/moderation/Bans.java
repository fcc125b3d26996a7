package kr.cjournal.comments.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readers a moderator has barred from posting for 1, 7 or 30 days or for good. Posting asks
 * {@link #activeBan(long)} before it saves anything.
 */
@Component
public class Bans {

	private static final RowMapper<Ban> BAN = (rs, n) -> new Ban(rs.getLong("id"), rs.getLong("reader_id"),
			rs.getObject("ends_at", OffsetDateTime.class), rs.getString("reason"), rs.getString("moderator"),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("lifted_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	private final Clock clock;

	Bans(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The ban that keeps the reader from posting now, the one ending last (a permanent one first),
	 * or empty when they may post. One indexed query.
	 */
	public Optional<Ban> activeBan(long readerId) {
		return jdbc.sql("select * from reader_bans where reader_id = :reader and lifted_at is null "
				+ "and (ends_at is null or ends_at > :now) order by case when ends_at is null then 0 else 1 end, ends_at desc limit 1")
			.param("reader", readerId)
			.param("now", OffsetDateTime.now(clock))
			.query(BAN)
			.optional();
	}

	/** Every ban the reader has had, newest first. */
	List<Ban> of(long readerId) {
		return jdbc.sql("select * from reader_bans where reader_id = ? order by created_at desc, id desc")
			.params(readerId)
			.query(BAN)
			.list();
	}

	Optional<Ban> find(long id) {
		return jdbc.sql("select * from reader_bans where id = ?").params(id).query(BAN).optional();
	}

	/** @param length null for good */
	Ban impose(long readerId, Duration length, String reason, String moderator) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime ends = length == null ? null : now.plus(length);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator, created_at) values (?, ?, ?, ?, ?)")
			.params(readerId, ends, reason, moderator, now)
			.update(keys, "id");
		return find(keys.getKey().longValue()).orElseThrow();
	}

	/** Lifts it now; false when it was already lifted or over. */
	boolean lift(long id) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("update reader_bans set lifted_at = ? where id = ? and lifted_at is null and (ends_at is null or ends_at > ?)")
			.params(now, id, now)
			.update() == 1;
	}
}
