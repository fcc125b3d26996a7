package kr.cjournal.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.comments.filter.CleanFilter;
import kr.cjournal.comments.filter.Screening;
import kr.cjournal.comments.moderation.Bans;
import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.MentionLinker;

/**
 * A reader posts a comment or a reply, or deletes their own. Posting checks, in this order: the
 * text (400-byte rule), a confirmed e-mail address, bans, the story (published, comments open),
 * quiet hours, the parent, then the limits ({@link PostingLimits}) counted under the reader's lock;
 * then the filter and the pre-moderation rules decide whether others see it at once.
 */
@Component
public class CommentPosting {

	/** A stored comment: {@code status} VISIBLE or REVIEW (then {@code reason} says why), and what to tell the reader. */
	public record Posted(long id, long articleId, CommentStatus status, ReviewReason reason, String message) {
	}

	private record Parent(long id, long articleId, Long parentId, CommentStatus status) {
	}

	private record Counts(OffsetDateTime lastAt, int commentsToday, int repliesToday, OffsetDateTime sameTextAt) {
	}

	private final JdbcClient jdbc;

	private final SignedInReaders readers;

	private final Articles articles;

	private final StorySwitches switches;

	private final CommentSettings siteSettings;

	private final PostingSettings settings;

	private final PostingLimits limits;

	private final CleanFilter filter;

	private final ObjectProvider<MentionLinker> linkers;

	private final ClientAddresses addresses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Bans bans;

	CommentPosting(JdbcClient jdbc, SignedInReaders readers, Articles articles, StorySwitches switches,
			CommentSettings siteSettings, PostingSettings settings, PostingLimits limits, CleanFilter filter,
			ObjectProvider<MentionLinker> linkers, ClientAddresses addresses, ApplicationEventPublisher events,
			Clock clock, Bans bans) {
		this.bans = bans;
		this.jdbc = jdbc;
		this.readers = readers;
		this.articles = articles;
		this.switches = switches;
		this.siteSettings = siteSettings;
		this.settings = settings;
		this.limits = limits;
		this.filter = filter;
		this.linkers = linkers;
		this.addresses = addresses;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Posts {@code text} under the story, as a reply when {@code parentId} is given (a reply to a
	 * reply goes under the same top-level comment: replies are one level deep).
	 * @param clientAddress the request's address; only its keyed hash is stored
	 * @throws PostingRefusal with the Korean reason and the HTTP status
	 */
	public Posted post(Actor actor, long articleId, String text, Long parentId, String clientAddress) {
		Reader reader = readers.of(actor);
		String body = CommentText.clean(text);
		if (!CommentText.isVisible(body)) {
			throw PostingRefusal.badInput("text", "댓글 내용을 입력해 주세요. 공백이나 보이지 않는 문자만으로는 쓸 수 없습니다.");
		}
		int bytes = CommentText.bytes(body);
		if (bytes > CommentText.MAX_BYTES) {
			throw PostingRefusal.tooLong("댓글은 400byte(한글 200자)까지 쓸 수 있습니다. 지금 " + bytes + " byte입니다.");
		}
		if (settings.requireConfirmedEmail() && !reader.confirmed()) {
			throw PostingRefusal.forbidden("이메일 주소를 확인한 뒤에 댓글을 쓸 수 있습니다. 가입할 때 받은 메일의 확인 링크를 눌러 주세요.");
		}
		String key = CommentText.key(body);
		String clientHash = addresses.hash(clientAddress);
		Posted posted = readers.serialised(reader, () -> {
			Instant now = clock.instant();
			refuseBanned(reader);
			if (articles.summaries(List.of(articleId)).isEmpty()) {
				throw PostingRefusal.missing("기사를 찾을 수 없습니다.");
			}
			StorySwitches.Switches story = switches.of(articleId);
			if (story.closed()) {
				throw PostingRefusal.forbidden("댓글이 닫힌 기사입니다.");
			}
			SiteCommentSettings site = siteSettings.current();
			if (site.quietAt(now)) {
				throw PostingRefusal.forbidden("지금은 댓글을 쓸 수 없는 시간입니다(매일 " + site.quietHours() + "). "
						+ site.quietUntilText() + " 이후에 다시 써 주세요.");
			}
			Long topId = parentId == null ? null : topLevelParent(articleId, parentId);
			checkLimits(reader, articleId, topId != null, key, now);
			ReviewReason reason = reviewReason(reader, body, story, site);
			long id = insert(articleId, topId, reader, body, key, reason, clientHash, now);
			events.publishEvent(new CommentsChanged(articleId));
			CommentStatus status = reason == null ? CommentStatus.VISIBLE : CommentStatus.REVIEW;
			return new Posted(id, articleId, status, reason,
					reason == null ? "댓글이 등록되었습니다." : "검토 후 공개됩니다. (" + reason.label() + ")");
		});
		return posted;
	}

	/**
	 * Deletes the reader's own comment (status DELETED; replies stay and it shows as 삭제된
	 * 댓글입니다). Deleting it again changes nothing.
	 * @return the story it was under
	 */
	public long delete(Actor actor, long commentId) {
		Reader reader = readers.of(actor);
		return readers.serialised(reader, () -> {
			record Row(long articleId, long authorId, CommentStatus status) {
			}
			Row row = jdbc.sql("select article_id, author_id, status from comments where id = ? for update")
				.params(commentId)
				.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), CommentStatus.valueOf(rs.getString(3))))
				.optional()
				.orElseThrow(() -> PostingRefusal.missing("댓글을 찾을 수 없습니다."));
			if (row.authorId() != reader.accountId()) {
				throw PostingRefusal.forbidden("내가 쓴 댓글만 삭제할 수 있습니다.");
			}
			if (row.status() == CommentStatus.DELETED) {
				return row.articleId();
			}
			if (row.status() == CommentStatus.REMOVED || row.status() == CommentStatus.BLINDED) {
				throw PostingRefusal.conflict(null, "운영 원칙이나 임시조치로 이미 가려진 댓글은 삭제할 수 없습니다.");
			}
			jdbc.sql("update comments set status = 'DELETED', status_changed_at = ? where id = ?")
				.params(OffsetDateTime.now(clock), commentId)
				.update();
			events.publishEvent(new CommentsChanged(row.articleId()));
			return row.articleId();
		});
	}

	/** The story a comment is under, for sending a form back to it; empty when there is no such comment. */
	public java.util.Optional<Long> storyOf(long commentId) {
		return jdbc.sql("select article_id from comments where id = ?").params(commentId).query(Long.class).optional();
	}

	/** One rule for who is banned, moderation's, and its sentence (until when, or for good). */
	private void refuseBanned(Reader reader) {
		bans.activeBan(reader.accountId()).ifPresent(ban -> {
			throw PostingRefusal.forbidden(ban.message());
		});
	}

	/** The top-level comment a reply goes under: the parent, or the parent's parent for a reply to a reply. */
	private long topLevelParent(long articleId, long parentId) {
		Parent parent = parent(parentId);
		if (parent == null || parent.articleId() != articleId) {
			throw PostingRefusal.missing("답글을 달 댓글을 찾을 수 없습니다.");
		}
		if (parent.parentId() != null) {
			parent = parent(parent.parentId());
		}
		if (parent == null || parent.status() != CommentStatus.VISIBLE) {
			throw PostingRefusal.conflict("parentId", "이 댓글에는 답글을 달 수 없습니다.");
		}
		return parent.id();
	}

	private Parent parent(long id) {
		return jdbc.sql("select id, article_id, parent_id, status from comments where id = ?")
			.params(id)
			.query((rs, n) -> new Parent(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					CommentStatus.valueOf(rs.getString(4))))
			.optional()
			.orElse(null);
	}

	private void checkLimits(Reader reader, long articleId, boolean reply, String key, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		OffsetDateTime dayStart = now.atZone(Kst.ZONE).toLocalDate().atStartOfDay(Kst.ZONE).toOffsetDateTime();
		OffsetDateTime intervalSince = at.minus(limits.interval());
		OffsetDateTime sameTextSince = at.minus(limits.duplicateWindow());
		OffsetDateTime since = min(dayStart, min(intervalSince, sameTextSince));
		if (!reply) {
			int onStory = jdbc.sql("select count(*) from comments where author_id = ? and article_id = ? and parent_id is null")
				.params(reader.accountId(), articleId)
				.query(Integer.class)
				.single();
			if (onStory >= limits.perStory()) {
				throw PostingRefusal.conflict(null, "한 기사에는 댓글을 " + limits.perStory()
						+ "개까지 쓸 수 있습니다(삭제한 댓글 포함). 답글은 더 달 수 있습니다.");
			}
		}
		Counts counts = jdbc.sql("""
				select max(created_at),
				       count(case when parent_id is null and created_at >= :day then 1 end),
				       count(case when parent_id is not null and created_at >= :day then 1 end),
				       max(case when text_key = :key and created_at >= :same then created_at end)
				from comments where author_id = :author and created_at >= :since""")
			.param("day", dayStart)
			.param("key", key)
			.param("same", sameTextSince)
			.param("author", reader.accountId())
			.param("since", since)
			.query((rs, n) -> new Counts(rs.getObject(1, OffsetDateTime.class), rs.getInt(2), rs.getInt(3),
					rs.getObject(4, OffsetDateTime.class)))
			.single();
		if (counts.lastAt() != null && counts.lastAt().isAfter(intervalSince)) {
			long wait = Duration.between(at, counts.lastAt().plus(limits.interval())).toSeconds() + 1;
			throw PostingRefusal.tooMany("댓글은 " + seconds(limits.interval()) + "에 한 번 쓸 수 있습니다. " + wait
					+ "초 뒤에 다시 써 주세요.", wait);
		}
		long untilTomorrow = Duration.between(at, dayStart.plusDays(1)).toSeconds();
		if (!reply && counts.commentsToday() >= limits.commentsPerDay()) {
			throw PostingRefusal.tooMany("댓글은 하루 " + limits.commentsPerDay()
					+ "개까지 쓸 수 있습니다. 내일 0시(한국 시각) 이후에 다시 써 주세요.", untilTomorrow);
		}
		if (reply && counts.repliesToday() >= limits.repliesPerDay()) {
			throw PostingRefusal.tooMany("답글은 하루 " + limits.repliesPerDay()
					+ "개까지 달 수 있습니다. 내일 0시(한국 시각) 이후에 다시 써 주세요.", untilTomorrow);
		}
		if (counts.sameTextAt() != null) {
			OffsetDateTime again = counts.sameTextAt().plus(limits.duplicateWindow());
			throw PostingRefusal.conflict("text", "같은 내용의 댓글은 " + minutes(limits.duplicateWindow())
					+ " 안에 다시 쓸 수 없습니다. " + Kst.seconds(again).substring(11, 16) + " 이후에 다시 써 주세요.");
		}
	}

	private ReviewReason reviewReason(Reader reader, String body, StorySwitches.Switches story, SiteCommentSettings site) {
		Screening screening = filter.screen(body);
		if (screening.abusive()) {
			return screening.insulting() && namesSomeone(body) ? ReviewReason.DEFAMATION : ReviewReason.FILTER;
		}
		if (story.premoderated()) {
			return ReviewReason.STORY_PREMODERATION;
		}
		if (site.premoderated()) {
			return ReviewReason.SITE_PREMODERATION;
		}
		if (site.newcomerCount() > 0 && shown(reader, site.newcomerCount()) < site.newcomerCount()) {
			return ReviewReason.NEWCOMER;
		}
		return null;
	}

	/** Whether the text names a person or organisation of the directory (the people module's matcher). */
	private boolean namesSomeone(String body) {
		MentionLinker linker = linkers.getIfAvailable(() -> MentionLinker.NONE);
		MentionLinker.Story story = new MentionLinker.Story(null, "", "", List.of(), body, List.of());
		return !linker.prepare(story).in(body).isEmpty();
	}

	/** How many of the reader's comments others have been shown (visible now, or deleted by them after), up to {@code enough}. */
	private int shown(Reader reader, int enough) {
		return jdbc.sql("""
				select count(*) from (select id from comments where author_id = ?
				and (status = 'VISIBLE' or (status = 'DELETED' and review_reason is null)) limit ?) shown""")
			.params(reader.accountId(), enough)
			.query(Integer.class)
			.single();
	}

	private long insert(long articleId, Long parentId, Reader reader, String body, String key, ReviewReason reason,
			String clientHash, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		jdbc.sql("""
				insert into comments (article_id, parent_id, author_id, body, text_key, status, review_reason,
				                      client_hash, created_at, status_changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(articleId, parentId, reader.accountId(), body, key,
					(reason == null ? CommentStatus.VISIBLE : CommentStatus.REVIEW).name(),
					reason == null ? null : reason.name(), clientHash, at, at)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static String seconds(Duration duration) {
		return duration.toSeconds() % 60 == 0 && duration.toSeconds() >= 60 ? duration.toMinutes() + "분"
				: duration.toSeconds() + "초";
	}

	private static String minutes(Duration duration) {
		return duration.toMinutes() >= 1 ? duration.toMinutes() + "분" : duration.toSeconds() + "초";
	}
}
