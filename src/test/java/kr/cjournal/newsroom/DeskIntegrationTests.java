package kr.cjournal.newsroom;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@DeskTest
class DeskIntegrationTests {

	static final Actor HANA = new Actor("hana", Set.of(Role.REPORTER));

	static final Actor JIWOO = new Actor("jiwoo", Set.of(Role.REPORTER));

	static final Actor EDITOR = new Actor("desk", Set.of(Role.EDITOR));

	@Autowired
	DeskFixture fixture;

	@Autowired
	Desk desk;

	@Autowired
	Manuscripts manuscripts;

	@Autowired
	Articles articles;

	@Autowired
	Revisions revisions;

	@Autowired
	Reporters reporters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void newsroom() {
		fixture.reset();
	}

	@Test
	void aReporterWritesSubmitsAndAnEditorPublishes() {
		long id = desk.createDraft(HANA, fixture.draft("한울전자 신제품 공개"));
		desk.submit(HANA, id);

		assertThat(manuscripts.inStatus(new Actor("desk", java.util.Set.of(Role.EDITOR)), ArticleStatus.SUBMITTED)).extracting(ManuscriptLine::id).containsExactly(id);
		assertThat(articles.findPublished(id)).isEmpty();

		desk.publishNow(EDITOR, id);

		Article published = articles.findPublished(id).orElseThrow();
		assertThat(published.headline()).isEqualTo("한울전자 신제품 공개");
		assertThat(published.bylines()).extracting(Reporter::name).containsExactly("서하나");
		assertThat(published.bodyHtml()).contains("<p>[씨저널] 본문 첫 문단이다.</p>");
		assertThat(articles.latest(5)).extracting(ArticleSummary::id).contains(id);
		assertThat(events.stream(ArticlePublished.class)).containsExactly(new ArticlePublished(id));
		assertThat(revisions.of(id)).extracting(Revision::note).containsExactly("출고", "데스크에 넘김", "새 기사");
	}

	@Test
	void anEditorSendsAStoryBackWithACommentAndTheReporterCanEditAgain() {
		long id = desk.createDraft(HANA, fixture.draft("초고"));
		desk.submit(HANA, id);
		assertThatThrownBy(() -> desk.save(HANA, id, version(id), fixture.draft("고친 제목"), false))
			.isInstanceOf(NewsroomRefusal.class);

		desk.sendBack(EDITOR, id, "2문단 수치 출처를 밝혀 주세요.");

		Manuscript back = manuscripts.find(id).orElseThrow();
		assertThat(back.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(back.deskComment()).isEqualTo("2문단 수치 출처를 밝혀 주세요.");
		desk.save(HANA, id, back.version(), fixture.draft("고친 제목"), false);
		assertThat(manuscripts.find(id).orElseThrow().headline()).isEqualTo("고친 제목");
	}

	@Test
	void theSecondSaverGetsAConflictAndTheirTextIsKeptNotOverwritten() {
		long id = desk.createDraft(HANA, fixture.draft("처음 제목"));
		int opened = version(id);

		desk.save(EDITOR, id, opened, fixture.draft("데스크가 고친 제목"), false);

		assertThatThrownBy(() -> desk.save(HANA, id, opened, fixture.draft("기자가 고친 제목"), false))
			.isInstanceOfSatisfying(EditConflict.class, conflict -> {
				Revision kept = revisions.find(id, conflict.keptRevision()).orElseThrow();
				assertThat(kept.headline()).isEqualTo("기자가 고친 제목");
				assertThat(kept.note()).isEqualTo("충돌 보관");
				assertThat(conflict.getMessage()).contains("보관");
			});
		assertThat(manuscripts.find(id).orElseThrow().headline()).isEqualTo("데스크가 고친 제목");
	}

	@Test
	void autosavesWithoutChangesDoNotPileUpRevisions() {
		long id = desk.createDraft(HANA, fixture.draft("제목"));
		int version = desk.save(HANA, id, version(id), fixture.draft("제목 바꿈"), true);
		desk.save(HANA, id, version, fixture.draft("제목 바꿈"), true);

		assertThat(revisions.of(id)).extracting(Revision::note).containsExactly("자동 저장", "새 기사");
	}

	@Test
	void aScheduledStoryGoesLiveWhenItsTimeComesAndOnlyThen() {
		long id = submitted("예약 기사");
		desk.schedule(EDITOR, id, OffsetDateTime.now(clock).plusMinutes(10), false);

		assertThat(desk.releaseDue()).isZero();
		assertThat(articles.findPublished(id)).isEmpty();

		clock.advance(Duration.ofMinutes(10));

		assertThat(desk.releaseDue()).isEqualTo(1);
		assertThat(articles.findPublished(id)).isPresent();
		assertThat(desk.releaseDue()).isZero();
	}

	@Test
	void aStoryDueWhileTheAppWasDownGoesLiveAtTheNextRun() {
		long id = submitted("엠바고 기사");
		desk.schedule(EDITOR, id, OffsetDateTime.now(clock).plusHours(1), true);
		assertThat(manuscripts.find(id).orElseThrow().embargo()).isTrue();

		clock.advance(Duration.ofHours(5));

		assertThat(desk.releaseDue()).isEqualTo(1);
		assertThat(articles.findPublished(id).orElseThrow().publishedAt().toInstant()).isEqualTo(clock.instant());
	}

	@Test
	void whenSeveralNodesReleaseAtOnceEachStoryGoesLiveExactlyOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long id = submitted("동시 예약 " + i);
			desk.schedule(EDITOR, id, OffsetDateTime.now(clock).plusMinutes(1), false);
			ids.add(id);
		}
		clock.advance(Duration.ofMinutes(2));

		ExecutorService nodes = Executors.newFixedThreadPool(4);
		List<Future<Integer>> runs = nodes.invokeAll(List.<Callable<Integer>>of(desk::releaseDue, desk::releaseDue,
				desk::releaseDue, desk::releaseDue));
		int released = 0;
		for (Future<Integer> run : runs) {
			released += run.get();
		}
		nodes.shutdown();

		assertThat(released).isEqualTo(10);
		assertThat(jdbc.sql("select count(*) from article_changes where kind = 'published'").query(Long.class).single())
			.isEqualTo(10);
	}

	@Test
	void schedulingInThePastIsRefusedNamingTheField() {
		long id = submitted("과거 예약");

		assertThatThrownBy(() -> desk.schedule(EDITOR, id, OffsetDateTime.now(clock).minusMinutes(1), false))
			.isInstanceOfSatisfying(NewsroomRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("publishAt"));
	}

	@Test
	void aCorrectionChangesTheTextAndRecordsTimeAndNote() {
		long id = published("정정 대상");
		clock.advance(Duration.ofHours(2));

		desk.correct(EDITOR, id, version(id), fixture.draft("정정된 제목"), "2문단의 매출 수치를 바로잡았습니다.");

		Article corrected = articles.findPublished(id).orElseThrow();
		assertThat(corrected.headline()).isEqualTo("정정된 제목");
		assertThat(corrected.updatedAt().toInstant()).isEqualTo(clock.instant());
		assertThat(corrected.correctionNote()).isEqualTo("2문단의 매출 수치를 바로잡았습니다.");
		assertThat(events.stream(ArticleCorrected.class)).containsExactly(new ArticleCorrected(id));
	}

	@Test
	void anUnpublishedStoryLeavesListsAndTheHomePageAtOnce() {
		long id = published("취소될 기사");
		desk.chooseTopStories(EDITOR, List.of(id));

		desk.unpublish(EDITOR, id, "사실관계 확인 필요");

		assertThat(articles.findPublished(id)).isEmpty();
		assertThat(articles.isWithdrawn(id)).isTrue();
		assertThat(articles.latest(10)).extracting(ArticleSummary::id).doesNotContain(id);
		assertThat(articles.topStories()).isEmpty();
		assertThat(manuscripts.find(id).orElseThrow().unpublishedReason()).isEqualTo("사실관계 확인 필요");
	}

	@Test
	void incompleteStoriesCannotBeSubmittedOrPublished() {
		long id = desk.createDraft(HANA, new Draft(fixture.general(), "", null, "", List.of(), List.of()));

		assertThatThrownBy(() -> desk.submit(HANA, id)).isInstanceOfSatisfying(NewsroomRefusal.class,
				refusal -> assertThat(refusal.field()).isEqualTo("headline"));
		assertThatThrownBy(() -> desk.publishNow(EDITOR, id)).isInstanceOf(NewsroomRefusal.class);
	}

	@Test
	void anArchivedStoryGoesLiveAtItsOriginalTimeWithoutAnnouncingNews() {
		OffsetDateTime firstPublished = OffsetDateTime.parse("2023-05-16T10:20:00+09:00");

		long id = desk.publishArchived(EDITOR, archived("누리은행, 2023년 1분기 실적 발표"), firstPublished);

		Article published = articles.findPublished(id).orElseThrow();
		assertThat(published.publishedAt().toInstant()).isEqualTo(firstPublished.toInstant());
		assertThat(published.bylines()).extracting(Reporter::name).containsExactly("서하나");
		assertThat(revisions.of(id)).extracting(Revision::note, Revision::savedBy).containsExactly(tuple("출고", "desk"));
		assertThat(jdbc.sql("select kind from article_changes where article_id = ?").params(id).query(String.class).list())
			.containsExactly("published");
		assertThat(events.stream(ArticlePublished.class)).isEmpty();
	}

	@Test
	void anArchivedStoryWithoutBylineIsRefusedAndNotKept() {
		Draft noByline = new Draft(fixture.general(), "기자 없는 기사", null, "본문", List.of(), List.of());

		assertThatThrownBy(() -> desk.publishArchived(EDITOR, noByline, OffsetDateTime.parse("2023-05-16T01:20:00Z")))
			.isInstanceOfSatisfying(NewsroomRefusal.class, r -> assertThat(r.field()).isEqualTo("reporterIds"));
		assertThat(jdbc.sql("select count(*) from articles").query(Long.class).single()).isZero();
	}

	@Test
	void tooLongHeadlinesAndUnknownSectionsAreRefusedBeforeAnythingIsSaved() {
		long id = desk.createDraft(HANA, fixture.draft("원래 제목"));

		assertThatThrownBy(() -> desk.save(HANA, id, version(id), fixture.draft("가".repeat(81)), false))
			.isInstanceOfSatisfying(NewsroomRefusal.class, r -> assertThat(r.field()).isEqualTo("headline"));
		assertThatThrownBy(() -> desk.save(HANA, id, version(id),
				new Draft(999_999, "제목", null, "본문", List.of(), List.of()), false))
			.isInstanceOfSatisfying(NewsroomRefusal.class, r -> assertThat(r.field()).isEqualTo("sectionId"));
		assertThat(manuscripts.find(id).orElseThrow().headline()).isEqualTo("원래 제목");
	}

	@Test
	void anyTwoRevisionsCanBeCompared() {
		long id = desk.createDraft(HANA, fixture.draft("첫 제목"));
		desk.save(HANA, id, version(id),
				new Draft(fixture.general(), "둘째 제목", null, "[씨저널] 본문 첫 문단이다.\n\n새 문단.", List.of(), List.of()),
				false);

		List<RevisionDiff.Line> diff = RevisionDiff.between(revisions.find(id, 1).orElseThrow(),
				revisions.find(id, 2).orElseThrow()).lines();

		assertThat(diff).contains(new RevisionDiff.Line("removed", "제목: 첫 제목"),
				new RevisionDiff.Line("added", "제목: 둘째 제목"), new RevisionDiff.Line("same", "[씨저널] 본문 첫 문단이다."),
				new RevisionDiff.Line("added", "새 문단."));
	}

	/** A story of the paper's old archive, bylined 서하나. */
	private Draft archived(String headline) {
		long hana = reporters.findByUsername("hana").orElseThrow().id();
		return new Draft(fixture.general(), headline, null, "[씨저널] 지난 기사의 첫 문단이다.", List.of(hana), List.of());
	}

	private long submitted(String headline) {
		long id = desk.createDraft(HANA, fixture.draft(headline));
		desk.submit(HANA, id);
		return id;
	}

	private long published(String headline) {
		long id = submitted(headline);
		desk.publishNow(EDITOR, id);
		return id;
	}

	private int version(long id) {
		return manuscripts.find(id).orElseThrow().version();
	}
}
