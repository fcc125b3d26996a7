package kr.cjournal.comments.filter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Refusal;
import kr.cjournal.comments.moderation.ModerationAction;
import kr.cjournal.comments.moderation.ModerationLog;

/**
 * The words moderators add to the filter (table {@code filter_words}); each addition and removal
 * is written to the moderation log in the same transaction.
 */
@Repository
class FilterWords {

	static final int MAX_WORD = 60;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ModerationLog log;

	FilterWords(JdbcClient jdbc, ObjectProvider<Clock> clock, ModerationLog log) {
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	List<FilterWord> all() {
		return jdbc.sql("select id, word, list_name, category, added_by, added_at from filter_words order by added_at desc, id desc")
			.query((rs, n) -> new FilterWord(rs.getLong("id"), rs.getString("word"), rs.getString("list_name"),
					rs.getString("category"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class)))
			.list();
	}

	/** Changes whenever a word is added or removed, on any node: a cheap look, every few seconds. */
	String version() {
		return jdbc.sql("select count(*) as n, coalesce(max(id), 0) as top, coalesce(sum(id), 0) as total from filter_words")
			.query((rs, n) -> rs.getLong("n") + ":" + rs.getLong("top") + ":" + rs.getLong("total"))
			.single();
	}

	@Transactional
	FilterWord add(Actor actor, String word, String listName, Screening.Category category) {
		String stored = FilterWord.BLOCK.equals(listName) ? category.name() : FilterWord.ALLOW;
		OffsetDateTime now = now();
		try {
			jdbc.sql("insert into filter_words (word, list_name, category, added_by, added_at) values (?, ?, ?, ?, ?)")
				.params(word, listName, stored, actor.username(), now)
				.update();
		}
		catch (DuplicateKeyException twice) {
			throw Refusal.conflict("'" + word + "'은(는) 이미 " + (FilterWord.BLOCK.equals(listName) ? "막는" : "허용한")
					+ " 단어로 등록되어 있습니다.");
		}
		log.record(actor.username(), ModerationAction.FILTER_WORD_ADDED, null, null, null, word);
		return jdbc.sql("select id, word, list_name, category, added_by, added_at from filter_words where word = ? and list_name = ?")
			.params(word, listName)
			.query((rs, n) -> new FilterWord(rs.getLong("id"), rs.getString("word"), rs.getString("list_name"),
					rs.getString("category"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class)))
			.single();
	}

	@Transactional
	Optional<String> remove(Actor actor, long id) {
		Optional<String> word = jdbc.sql("select word from filter_words where id = ?").params(id).query(String.class).optional();
		if (word.isEmpty() || jdbc.sql("delete from filter_words where id = ?").params(id).update() == 0) {
			return Optional.empty();
		}
		log.record(actor.username(), ModerationAction.FILTER_WORD_REMOVED, null, null, null, word.get());
		return word;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}
}
