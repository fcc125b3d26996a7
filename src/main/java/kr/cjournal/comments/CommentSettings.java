package kr.cjournal.comments;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Refusal;
import kr.cjournal.comments.moderation.ModerationAction;
import kr.cjournal.comments.moderation.ModerationLog;

/**
 * The desk's site-wide comment settings, kept in {@code comment_settings} so every node reads the
 * same: read on every post (one small query), so a change holds at once everywhere.
 */
@Component
class CommentSettings {

	static final String PREMODERATION = "site-premoderation";

	static final String NEWCOMERS = "newcomer-premoderation";

	static final String QUIET_HOURS = "quiet-hours";

	private final JdbcClient jdbc;

	private final PostingSettings defaults;

	private final Clock clock;

	private final ModerationLog log;

	CommentSettings(JdbcClient jdbc, PostingSettings defaults, Clock clock, ModerationLog log) {
		this.log = log;
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.clock = clock;
	}

	SiteCommentSettings current() {
		Map<String, String> values = new HashMap<>();
		jdbc.sql("select name, setting_value from comment_settings where name in (?, ?, ?)")
			.params(PREMODERATION, NEWCOMERS, QUIET_HOURS)
			.query((rs, n) -> values.put(rs.getString(1), rs.getString(2)))
			.list();
		boolean premoderated = Boolean.parseBoolean(values.get(PREMODERATION));
		int newcomers = defaults.newcomerPremoderation();
		String count = values.get(NEWCOMERS);
		if (count != null && count.matches("\\d{1,3}")) {
			newcomers = Integer.parseInt(count);
		}
		LocalTime from = null;
		LocalTime until = null;
		String quiet = values.get(QUIET_HOURS);
		if (quiet != null && quiet.matches("\\d\\d:\\d\\d-\\d\\d:\\d\\d")) {
			from = LocalTime.parse(quiet.substring(0, 5));
			until = LocalTime.parse(quiet.substring(6));
		}
		return new SiteCommentSettings(premoderated, newcomers, from, until);
	}

	/** Stores new settings and writes what changed to the moderation log, in one transaction. */
	@Transactional
	SiteCommentSettings save(Actor actor, SiteCommentSettings wanted) {
		if (!actor.isDesk()) {
			throw Refusal.notAllowed("댓글 설정은 데스크만 바꿀 수 있습니다.");
		}
		SiteCommentSettings before = current();
		put(PREMODERATION, Boolean.toString(wanted.premoderated()));
		put(NEWCOMERS, Integer.toString(wanted.newcomerCount()));
		put(QUIET_HOURS, wanted.hasQuietHours() ? wanted.quietFromText() + "-" + wanted.quietUntilText() : "off");
		SiteCommentSettings after = current();
		if (!after.equals(before)) {
			log.record(actor.username(), ModerationAction.SETTINGS_CHANGED, null, null, null,
					describe(before) + " → " + describe(after));
		}
		return after;
	}

	/** A value kept in the table, made once by whichever node asks first (see {@link ClientAddresses}). */
	String valueOrCreate(String name, java.util.function.Supplier<String> made) {
		String existing = value(name);
		if (existing != null) {
			return existing;
		}
		try {
			jdbc.sql("insert into comment_settings (name, setting_value) values (?, ?)").params(name, made.get()).update();
		}
		catch (org.springframework.dao.DuplicateKeyException anotherNodeWasFirst) {
			// Fine: read what it stored.
		}
		return value(name);
	}

	private String value(String name) {
		return jdbc.sql("select setting_value from comment_settings where name = ?").params(name).query(String.class)
			.optional()
			.orElse(null);
	}

	private void put(String name, String value) {
		int updated = jdbc.sql("update comment_settings set setting_value = ? where name = ?").params(value, name).update();
		if (updated == 0) {
			jdbc.sql("insert into comment_settings (name, setting_value) values (?, ?)").params(name, value).update();
		}
	}

	static String describe(SiteCommentSettings settings) {
		return "사이트 사전 검토 " + (settings.premoderated() ? "켬" : "끔") + ", 새 독자 검토 " + settings.newcomerCount()
				+ "개, 조용한 시간 " + (settings.hasQuietHours() ? settings.quietHours() : "없음");
	}
}
