package kr.cjournal.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kr.cjournal.accounts.Actor;

/**
 * The newsroom's workflow: reporters write drafts and submit them; editors send them back,
 * publish them now or at a time (scheduled or under embargo), correct and unpublish them. Every
 * rule about who may do what is enforced here, whatever page or API asked; which status may go
 * to which is the table of {@link Transition}s.
 */
@Component
public class Desk {

	private final JdbcClient jdbc;

	private final Manuscripts manuscripts;

	private final ManuscriptWriter writer;

	private final Revisions revisions;

	private final ChangeFeed feed;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final StoryLinking linking;

	Desk(JdbcClient jdbc, Manuscripts manuscripts, ManuscriptWriter writer, Revisions revisions, ChangeFeed feed,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions, StoryLinking linking) {
		this.transactions = transactions;
		this.linking = linking;
		this.jdbc = jdbc;
		this.manuscripts = manuscripts;
		this.writer = writer;
		this.revisions = revisions;
		this.feed = feed;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long createDraft(Actor actor, Draft draft) {
		if (!actor.canWrite()) {
			throw NewsroomRefusal.notAllowed("기사를 쓸 권한이 없습니다.");
		}
		OffsetDateTime now = now();
		long id = writer.insert(draft, actor.username(), now);
		revisions.keep(id, draft, actor.username(), now, "새 기사");
		return id;
	}

	/**
	 * The story if the actor may read its text ({@link Manuscripts#mayRead}): the editor page and
	 * every other newsroom page that shows it ask here. Refused with 403 rather than 404: ids
	 * are sequential and published ones public, so existence is no secret, the text is.
	 */
	public Manuscript read(Actor actor, long id) {
		Manuscript manuscript = find(id);
		if (!Manuscripts.mayRead(actor, manuscript.status(), manuscript.isOwnedBy(actor.username()))) {
			throw NewsroomRefusal.notAllowed("출고 전 기사는 쓴 기자와 데스크만 볼 수 있습니다.");
		}
		return manuscript;
	}

	/**
	 * The story if the actor may read its revisions. Every revision before the first release is a
	 * draft (and may hold what the desk cut), so the history is read by whoever may read the
	 * story's drafts: its writers and the desk, even once it is published.
	 */
	public Manuscript readHistory(Actor actor, long id) {
		Manuscript manuscript = find(id);
		if (!Manuscripts.mayRead(actor, ArticleStatus.DRAFT, manuscript.isOwnedBy(actor.username()))) {
			throw NewsroomRefusal.notAllowed("이 기사의 기록은 쓴 기자와 데스크만 볼 수 있습니다.");
		}
		return manuscript;
	}

	/**
	 * Saves the editor's text if nobody saved since {@code version}; returns the new version.
	 * On a conflict the text is kept as a revision and {@link EditConflict} says which.
	 */
	@Transactional(noRollbackFor = EditConflict.class)
	public int save(Actor actor, long id, int version, Draft draft, boolean autosave) {
		Manuscript manuscript = editable(actor, id);
		if (manuscript.status() == ArticleStatus.PUBLISHED) {
			throw NewsroomRefusal.conflict("출고된 기사는 '수정 출고'로 고쳐 주세요.");
		}
		return write(actor, manuscript, version, draft, autosave ? "자동 저장" : "저장");
	}

	@Transactional
	public void submit(Actor actor, long id) {
		Manuscript manuscript = find(id);
		if (!manuscript.isOwnedBy(actor.username()) && !actor.isDesk()) {
			throw NewsroomRefusal.notAllowed("다른 기자의 기사는 데스크에 넘길 수 없습니다.");
		}
		writer.checkComplete(manuscript);
		move(manuscript, Transition.SUBMIT, Map.of());
		revisions.keep(id, manuscript.draft(), actor.username(), now(), "데스크에 넘김");
	}

	@Transactional
	public void sendBack(Actor actor, long id, String comment) {
		requireEditor(actor);
		if (comment == null || comment.isBlank() || comment.length() > 1000) {
			throw NewsroomRefusal.invalid("comment", "돌려보내는 까닭을 1,000자 안으로 적어 주세요.");
		}
		Manuscript manuscript = find(id);
		move(manuscript, Transition.SEND_BACK, Map.of("comment", comment.strip()));
	}

	@Transactional
	public void publishNow(Actor actor, long id) {
		requireEditor(actor);
		Manuscript manuscript = find(id);
		writer.checkComplete(manuscript);
		OffsetDateTime now = now();
		move(manuscript, Transition.PUBLISH_NOW, Map.of("now", now));
		revisions.keep(id, manuscript.draft(), actor.username(), now, "출고");
		wentLive(id, now);
	}

	/** Publishes at {@code at}; under embargo the desk marks it so nobody releases it early. */
	@Transactional
	public void schedule(Actor actor, long id, OffsetDateTime at, boolean embargo) {
		requireEditor(actor);
		if (at == null || !at.isAfter(now())) {
			throw NewsroomRefusal.invalid("publishAt", "예약 시각은 지금보다 뒤여야 합니다.");
		}
		Manuscript manuscript = find(id);
		writer.checkComplete(manuscript);
		move(manuscript, Transition.SCHEDULE,
				Map.of("at", at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), "embargo", embargo));
		revisions.keep(id, manuscript.draft(), actor.username(), now(), embargo ? "엠바고 설정" : "예약 출고");
	}

	/** Corrects a published story: readers see the new text, the correction time and note. */
	@Transactional(noRollbackFor = EditConflict.class)
	public int correct(Actor actor, long id, int version, Draft draft, String note) {
		requireEditor(actor);
		if (note != null && note.length() > 500) {
			throw NewsroomRefusal.invalid("correctionNote", "수정 사유는 500자까지 쓸 수 있습니다.");
		}
		Manuscript manuscript = find(id);
		if (manuscript.status() != ArticleStatus.PUBLISHED) {
			throw NewsroomRefusal.conflict("출고된 기사만 수정 출고할 수 있습니다.");
		}
		OffsetDateTime now = now();
		revisions.keepImportedOriginal(manuscript);
		int newVersion = write(actor, manuscript, version, draft, "수정 출고");
		jdbc.sql("update articles set updated_at = ?, correction_note = ? where id = ?")
			.params(now, note == null || note.isBlank() ? null : note.strip(), id)
			.update();
		Manuscript corrected = find(id);
		linking.record(corrected, corrected.publishedAt());
		feed.record(id, "corrected", now);
		events.publishEvent(new ArticleCorrected(id));
		return newVersion;
	}

	@Transactional
	public void unpublish(Actor actor, long id, String reason) {
		requireEditor(actor);
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw NewsroomRefusal.invalid("reason", "출고를 취소하는 까닭을 500자 안으로 적어 주세요.");
		}
		Manuscript manuscript = find(id);
		OffsetDateTime now = now();
		move(manuscript, Transition.UNPUBLISH, Map.of("now", now, "reason", reason.strip()));
		jdbc.sql("delete from top_stories where article_id = ?").params(id).update();
		linking.forget(id);
		feed.record(id, "unpublished", now);
		events.publishEvent(new ArticleUnpublished(id));
	}

	/** The home page's top stories, in the editor's order; only published stories qualify. */
	@Transactional
	public void chooseTopStories(Actor actor, List<Long> articleIds) {
		requireEditor(actor);
		long published = articleIds.isEmpty() ? 0
				: jdbc.sql("select count(*) from articles where status = 'PUBLISHED' and id in (:ids)")
					.param("ids", articleIds)
					.query(Long.class)
					.single();
		if (published != articleIds.stream().distinct().count()) {
			throw NewsroomRefusal.invalid("articleIds", "주요 기사에는 출고된 기사만 한 번씩 넣을 수 있습니다.");
		}
		setTopStories(articleIds);
		// Not about one article: 0 tells followers of the feed that the home page changed.
		feed.record(0, "top-stories", now());
		events.publishEvent(new TopStoriesChosen(List.copyOf(articleIds)));
	}

	/**
	 * Releases scheduled and embargoed stories whose time has come. Each is claimed with a
	 * conditional update, so when several nodes run this at once every story goes live once.
	 */
	public int releaseDue() {
		OffsetDateTime now = now();
		List<Long> due = jdbc.sql("select id from articles where status = 'SCHEDULED' and publish_at <= ? order by publish_at")
			.params(now)
			.query(Long.class)
			.list();
		int released = 0;
		for (long id : due) {
			Boolean won = transactions.execute(status -> {
				int claimed = jdbc.sql("update articles set " + Transition.RELEASE.assignments()
						+ " where id = :id and status = :from and publish_at <= :now")
					.param("to", Transition.RELEASE.to().name())
					.param("id", id)
					.param("from", ArticleStatus.SCHEDULED.name())
					.param("now", now)
					.update();
				if (claimed == 1) {
					wentLive(id, now);
				}
				return claimed == 1;
			});
			released += Boolean.TRUE.equals(won) ? 1 : 0;
		}
		return released;
	}

	/**
	 * Puts a finished story from an archive straight on the site, keeping the time it was first
	 * published (a story imported from the paper's old system); desk only. It is checked like any
	 * story that goes to readers, kept as revision "출고" at that time, its mentions linked and the
	 * change feed told (at the time it went on this site). Unlike {@link #publishNow} it announces no {@link ArticlePublished}: an old
	 * story is no news, and the feed entry already refreshes reader pages on every node.
	 */
	@Transactional
	public long publishArchived(Actor actor, Draft draft, OffsetDateTime publishedAt) {
		requireEditor(actor);
		long id = writer.insert(draft, actor.username(), publishedAt);
		Manuscript written = find(id);
		writer.checkComplete(written);
		move(written, Transition.PUBLISH_ARCHIVED, Map.of("at", publishedAt));
		revisions.keep(id, draft, actor.username(), publishedAt, "출고");
		linking.record(find(id), publishedAt);
		// The feed says when the site changed (now): an old time would let If-Modified-Since answer 304.
		feed.record(id, "published", now());
		return id;
	}

	private void setTopStories(List<Long> articleIds) {
		jdbc.sql("delete from top_stories").update();
		for (int i = 0; i < articleIds.size(); i++) {
			jdbc.sql("insert into top_stories (position, article_id) values (?, ?)").params(i, articleIds.get(i)).update();
		}
	}

	private int write(Actor actor, Manuscript manuscript, int version, Draft draft, String note) {
		OffsetDateTime now = now();
		if (!writer.update(manuscript.id(), version, draft, actor.username(), now)) {
			int kept = revisions.keep(manuscript.id(), draft, actor.username(), now, "충돌 보관");
			throw new EditConflict(kept, find(manuscript.id()).version());
		}
		revisions.keep(manuscript.id(), draft, actor.username(), now, note);
		return version + 1;
	}

	/** The article if the actor may change its text now. */
	private Manuscript editable(Actor actor, long id) {
		Manuscript manuscript = find(id);
		if (manuscript.status() == ArticleStatus.UNPUBLISHED) {
			throw NewsroomRefusal.conflict("출고가 취소된 기사는 고칠 수 없습니다.");
		}
		if (actor.isDesk()) {
			return manuscript;
		}
		if (!actor.canWrite() || !manuscript.isOwnedBy(actor.username())) {
			throw NewsroomRefusal.notAllowed("다른 기자의 기사는 고칠 수 없습니다.");
		}
		if (manuscript.status() != ArticleStatus.DRAFT) {
			throw NewsroomRefusal.notAllowed("데스크에 넘긴 기사는 데스크가 돌려보낸 뒤에 고칠 수 있습니다.");
		}
		return manuscript;
	}

	/** Makes the move if the story's status allows it and nobody changed that status meanwhile. */
	private void move(Manuscript manuscript, Transition transition, Map<String, ?> values) {
		if (!transition.allowsFrom(manuscript.status())) {
			throw NewsroomRefusal.conflict("'" + manuscript.status().label() + "' 상태의 기사에는 할 수 없는 일입니다.");
		}
		transition.check(values);
		int moved = jdbc.sql("update articles set " + transition.assignments() + " where id = :id and status = :from")
			.param("to", transition.to().name())
			.param("id", manuscript.id())
			.param("from", manuscript.status().name())
			.params(values)
			.update();
		if (moved != 1) {
			throw NewsroomRefusal.conflict("그 사이 다른 사람이 이 기사의 상태를 바꿨습니다. 새로 고친 뒤 다시 해 주세요.");
		}
	}

	private void wentLive(long id, OffsetDateTime now) {
		Manuscript live = find(id);
		linking.record(live, live.publishedAt());
		feed.record(id, "published", now);
		events.publishEvent(new ArticlePublished(id));
	}

	private Manuscript find(long id) {
		return manuscripts.find(id).orElseThrow(NewsroomRefusal::notFound);
	}

	private static void requireEditor(Actor actor) {
		if (!actor.isDesk()) {
			throw NewsroomRefusal.notAllowed("데스크(에디터)만 할 수 있는 일입니다.");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
	}
}
