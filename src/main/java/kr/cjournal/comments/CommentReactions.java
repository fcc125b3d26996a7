package kr.cjournal.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.core.Kst;

/**
 * 공감 (LIKE) and 비공감 (DISLIKE): one per reader per comment. The same kind again takes it
 * back, the other kind switches it; {@code comments.likes/dislikes} change in the same
 * transaction, by increments, so they stay exact.
 */
@Component
public class CommentReactions {

	/** A comment's counts after the change, and the reader's own reaction: "LIKE", "DISLIKE" or null. */
	public record Reactions(int likes, int dislikes, String mine) {
	}

	private final JdbcClient jdbc;

	private final SignedInReaders readers;

	private final PostingLimits limits;

	private final Clock clock;

	CommentReactions(JdbcClient jdbc, SignedInReaders readers, PostingLimits limits, Clock clock) {
		this.jdbc = jdbc;
		this.readers = readers;
		this.limits = limits;
		this.clock = clock;
	}

	/** @param kind {@code LIKE} or {@code DISLIKE} */
	public Reactions react(Actor actor, long commentId, String kind) {
		Reader reader = readers.of(actor);
		if (!"LIKE".equals(kind) && !"DISLIKE".equals(kind)) {
			throw PostingRefusal.badInput("kind", "공감 또는 비공감을 골라 주세요.");
		}
		return readers.serialised(reader, () -> {
			record Target(long articleId, long authorId, CommentStatus status) {
			}
			Target comment = jdbc.sql("select article_id, author_id, status from comments where id = ?")
				.params(commentId)
				.query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), CommentStatus.valueOf(rs.getString(3))))
				.optional()
				.filter(found -> found.status() == CommentStatus.VISIBLE)
				.orElseThrow(() -> PostingRefusal.missing("댓글을 찾을 수 없습니다."));
			if (comment.authorId() == reader.accountId()) {
				throw PostingRefusal.forbidden("내 댓글에는 공감이나 비공감을 할 수 없습니다.");
			}
			Instant now = clock.instant();
			String before = jdbc.sql("select kind from comment_reactions where comment_id = ? and reader_id = ?")
				.params(commentId, reader.accountId())
				.query(String.class)
				.optional()
				.orElse(null);
			String mine;
			if (kind.equals(before)) {
				jdbc.sql("delete from comment_reactions where comment_id = ? and reader_id = ?")
					.params(commentId, reader.accountId())
					.update();
				count(commentId, before, -1);
				mine = null;
			}
			else {
				refuseOverDailyLimit(reader, commentId, now);
				OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
				if (before == null) {
					jdbc.sql("insert into comment_reactions (comment_id, reader_id, kind, created_at) values (?, ?, ?, ?)")
						.params(commentId, reader.accountId(), kind, at)
						.update();
				}
				else {
					jdbc.sql("update comment_reactions set kind = ?, created_at = ? where comment_id = ? and reader_id = ?")
						.params(kind, at, commentId, reader.accountId())
						.update();
					count(commentId, before, -1);
				}
				count(commentId, kind, +1);
				mine = kind;
			}
			// No CommentsChanged: a busy story gets many 공감 a second, and dropping its cached lists
			// on each would leave them uncached. Signed-in readers see counts as they are now (the
			// thread's overlay reads them); everyone else within the lists' lifetime.
			return jdbc.sql("select likes, dislikes from comments where id = ?")
				.params(commentId)
				.query((rs, n) -> new Reactions(rs.getInt(1), rs.getInt(2), mine))
				.single();
		});
	}

	/** Reactions given today (KST), other than one on this comment that a switch replaces. */
	private void refuseOverDailyLimit(Reader reader, long commentId, Instant now) {
		OffsetDateTime dayStart = now.atZone(Kst.ZONE).toLocalDate().atStartOfDay(Kst.ZONE).toOffsetDateTime();
		int today = jdbc.sql("select count(*) from comment_reactions where reader_id = ? and created_at >= ? and comment_id <> ?")
			.params(reader.accountId(), dayStart, commentId)
			.query(Integer.class)
			.single();
		if (today >= limits.reactionsPerDay()) {
			long untilTomorrow = Duration.between(now, dayStart.plusDays(1).toInstant()).toSeconds();
			throw PostingRefusal.tooMany("공감/비공감은 하루 " + limits.reactionsPerDay()
					+ "번까지 할 수 있습니다. 내일 0시(한국 시각) 이후에 다시 해 주세요.", untilTomorrow);
		}
	}

	private void count(long commentId, String kind, int change) {
		String column = "LIKE".equals(kind) ? "likes" : "dislikes";
		jdbc.sql("update comments set " + column + " = " + column + " + ? where id = ?").params(change, commentId).update();
	}
}
