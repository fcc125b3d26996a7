package kr.cjournal.comments;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Refusal;
import kr.cjournal.comments.moderation.ModerationAction;
import kr.cjournal.comments.moderation.ModerationLog;

/**
 * The desk's switches on one story, kept in {@code comment_threads}: comments closed (댓글 닫기),
 * and pre-moderation of the story (기사 사전 검토). A story without a row has both off.
 */
@Component
class StorySwitches {

	/** A story's switches and its stored count of visible comments. */
	record Switches(boolean closed, boolean premoderated, int visibleCount) {

		static final Switches NONE = new Switches(false, false, 0);
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ModerationLog log;

	StorySwitches(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ModerationLog log) {
		this.log = log;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	Switches of(long articleId) {
		return jdbc.sql("select closed, premoderated, visible_count from comment_threads where article_id = ?")
			.params(articleId)
			.query((rs, n) -> new Switches(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3)))
			.optional()
			.orElse(Switches.NONE);
	}

	@Transactional
	void close(Actor actor, long articleId, String headline, boolean closed) {
		set(actor, articleId, headline, "closed", closed, closed ? ModerationAction.THREAD_CLOSED : ModerationAction.THREAD_OPENED);
	}

	@Transactional
	void premoderate(Actor actor, long articleId, String headline, boolean premoderated) {
		set(actor, articleId, headline, "premoderated", premoderated,
				premoderated ? ModerationAction.THREAD_PREMODERATED : ModerationAction.THREAD_UNMODERATED);
	}

	private void set(Actor actor, long articleId, String headline, String column, boolean value, ModerationAction action) {
		if (!actor.isDesk()) {
			throw Refusal.notAllowed("기사의 댓글 설정은 데스크만 바꿀 수 있습니다.");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		java.util.Optional<Boolean> current = jdbc.sql("select " + column + " from comment_threads where article_id = ?")
			.params(articleId)
			.query(Boolean.class)
			.optional();
		if (current.orElse(false) == value) {
			return;
		}
		if (current.isPresent()) {
			jdbc.sql("update comment_threads set " + column + " = ?, updated_at = ? where article_id = ?")
				.params(value, now, articleId)
				.update();
		}
		else {
			jdbc.sql("insert into comment_threads (article_id, " + column + ", updated_at) values (?, ?, ?)")
				.params(articleId, value, now)
				.update();
		}
		log.record(actor.username(), action, null, null, null, "기사 " + articleId + " 「" + headline + "」");
		events.publishEvent(new CommentsChanged(articleId));
	}
}
