package kr.cjournal.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.search.IndexedStory;
import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;

class LuceneSearchEngineTests {

	static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(9));

	@TempDir
	Path dir;

	LuceneSearchEngine engine;

	@BeforeEach
	void open() {
		engine = new LuceneSearchEngine(dir, Vocabulary.defaults());
		engine.apply(List.of(
				story(1, "SK하이닉스, HBM 공급 늘린다", "SK하이닉스가 차세대 HBM 생산을 늘리기로 했다. 반도체산업 전반에 훈풍이 분다.", 1, 10, List.of(100L)),
				story(2, "마이크로소프트, 국내 데이터센터 투자", "MS는 2026년 국내에 데이터센터를 짓는다고 밝혔다. 직원 1,000명을 뽑는다.", 2, 20, List.of()),
				story(3, "Microsoft 클라우드 매출 증가", "Microsoft의 클라우드 부문 매출이 3.5% 늘었다.", 3, 20, List.of()),
				story(4, "한울전자, AI반도체 시제품 공개", "한울전자는 AI반도체 시제품을 공개했다. 5G 통신 칩도 함께 선보였다.", 4, 10, List.of(101L)),
				story(5, "누리증권 \"금리 인하 기대\"", "누리증권은 보고서에서 금리 인하 기대가 커졌다고 분석했다. 기대 금리 인하 시점은 미정이다.", 5, 30, List.of()),
				story(6, "오픈AI 새 모델 발표", "OpenAI가 새 언어 모델을 발표했다.", 6, 20, List.of()),
				story(7, "가람바이오 임상 결과 <script>alert(1)</script>", "가람바이오의 임상 <script>alert('x')</script> 결과가 나왔다.", 7, 40, List.of())),
				List.of(), 7);
	}

	@AfterEach
	void close() {
		engine.close();
	}

	@Test
	void particlesDoNotMatter() {
		assertThat(ids("SK하이닉스가")).contains(1L);
		assertThat(ids("하이닉스")).contains(1L);
	}

	@Test
	void compoundsAreFoundByTheirPartsAndWhole() {
		assertThat(ids("반도체산업")).contains(1L);
		assertThat(ids("반도체")).contains(1L, 4L);
	}

	@Test
	void mixedLatinAndHangulTermsWork() {
		assertThat(ids("AI반도체")).containsExactly(4L);
		assertThat(ids("HBM")).containsExactly(1L);
		assertThat(ids("hbm")).containsExactly(1L);
	}

	@Test
	void numbersAreSearchable() {
		assertThat(ids("5G")).containsExactly(4L);
		assertThat(ids("3.5%")).containsExactly(3L);
		assertThat(ids("2026년")).containsExactly(2L);
		assertThat(ids("3.5")).containsExactly(3L);
		assertThat(ids("1,000명")).containsExactly(2L);
		assertThat(ids("1000")).containsExactly(2L);
	}

	@Test
	void synonymsFindEveryNameOfACompany() {
		assertThat(ids("마이크로소프트")).containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids("Microsoft")).containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids("오픈AI")).containsExactly(6L);
		assertThat(ids("OpenAI")).containsExactly(6L);
		engine.apply(List.of(story(801, "현대차 전기차 판매", "현대차가 유럽에서 전기차를 팔았다.", 1, 80, List.of())), List.of(), 15);
		assertThat(ids("현대자동차")).containsExactly(801L);
		assertThat(engine.search(SearchQuery.of("마이크로소프트")).hits())
			.anySatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>MS</mark>"));
	}

	@Test
	void phrasesNeedTheirWordsInOrder() {
		assertThat(ids("금리 인하")).containsExactly(5L);
		assertThat(ids("\"금리 인하\"")).containsExactly(5L);
		assertThat(ids("\"인하 금리\"")).isEmpty();
		assertThat(ids("\"반도체산업 전반\"")).containsExactly(1L);
		assertThat(ids("\"SK하이닉스가 차세대 HBM\"")).containsExactly(1L);
		assertThat(ids("\"차세대 HBM 생산\"")).containsExactly(1L);
	}

	@Test
	void excludedWordsRemoveMatches() {
		assertThat(ids("반도체 -한울전자")).containsExactly(1L);
	}

	@Test
	void hostileInputGivesANormalResult() {
		for (String typed : List.of("\"AND (", "*:*", "title:x", "\"unbalanced", "가".repeat(1000), "😀🔥", "\u0000\u0001",
				"", "   ", "-", "\"\"", "AND OR NOT", "(((", "field:[* TO *]", "\\", "?*~^")) {
			SearchResults results = engine.search(SearchQuery.of(typed));
			assertThat(results.hits()).as(typed).hasSizeLessThanOrEqualTo(10);
		}
		assertThat(engine.search(SearchQuery.of("*:*")).total()).isZero();
		assertThat(ids("반도체 ".repeat(250))).containsExactlyInAnyOrder(1L, 4L);
		assertThat(ids("(SK하이닉스)")).contains(1L).doesNotContain(2L);
		assertThat(ids("title:x")).isEmpty();
	}

	@Test
	void filtersNarrowTheMatches() {
		SearchQuery bySection = new SearchQuery("반도체", 10L, null, null, null, null, null, null, 1, 10);
		assertThat(ids(bySection)).containsExactlyInAnyOrder(1L, 4L);
		SearchQuery otherSection = new SearchQuery("반도체", 20L, null, null, null, null, null, null, 1, 10);
		assertThat(ids(otherSection)).isEmpty();
		SearchQuery byPerson = new SearchQuery("반도체", null, null, null, null, 101L, null, null, 1, 10);
		assertThat(ids(byPerson)).containsExactly(4L);
		SearchQuery byReporter = new SearchQuery("반도체", null, null, null, 1001L, null, null, null, 1, 10);
		assertThat(ids(byReporter)).containsExactly(1L);
		SearchQuery lastTwoDays = new SearchQuery("마이크로소프트", null, NOW.minusDays(2).minusHours(1), NOW, null, null, null,
				null, 1, 10);
		assertThat(ids(lastTwoDays)).containsExactly(2L);
	}

	@Test
	void newestSortPutsLatestFirstAndTotalIsExact() {
		List<IndexedStory> many = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			many.add(story(100 + i, "코스피 마감 시황 " + i, "코스피가 " + i + "포인트 올랐다.", 100 - i, 50, List.of()));
		}
		engine.apply(many, List.of(), 8);
		SearchQuery newest = new SearchQuery("코스피", null, null, null, null, null, null, SearchQuery.Sort.NEWEST, 1, 10);
		SearchResults first = engine.search(newest);
		assertThat(first.total()).isEqualTo(15);
		assertThat(first.hits()).hasSize(10);
		assertThat(first.hits().get(0).id()).isEqualTo(114L);
		assertThat(first.hits()).extracting(SearchResults.Hit::publishedAt)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		SearchResults second = engine.search(new SearchQuery("코스피", null, null, null, null, null, null,
				SearchQuery.Sort.NEWEST, 2, 10));
		assertThat(second.hits()).hasSize(5);
	}

	@Test
	void fresherStoryComesFirstForTheSameText() {
		engine.apply(List.of(story(201, "두산에너빌리티 원전 수주", "두산에너빌리티가 원전을 수주했다.", 200, 60, List.of()),
				story(202, "두산에너빌리티 원전 수주", "두산에너빌리티가 원전을 수주했다.", 1, 60, List.of())), List.of(), 9);
		assertThat(ids("원전 수주")).containsExactly(202L, 201L);
	}

	@Test
	void highlightsMarkWordsAndEscapeHtml() {
		SearchResults.Hit hit = engine.search(SearchQuery.of("임상")).hits().get(0);
		assertThat(hit.snippetHtml()).contains("<mark>임상</mark>").doesNotContain("<script>").contains("&lt;script&gt;");
		assertThat(hit.headlineHtml()).contains("<mark>임상</mark>").doesNotContain("<script>");
		assertThat(hit.snippet()).contains("임상 <script>alert('x')</script> 결과").doesNotContain("<mark>");
		SearchResults.Hit onlyHeadline = engine.search(SearchQuery.of("공급")).hits().get(0);
		assertThat(onlyHeadline.snippet()).startsWith("SK하이닉스가 차세대 HBM");
	}

	@Test
	void relatedExcludesItselfAndPrefersSharedPeople() {
		engine.apply(List.of(story(301, "한울전자 실적 발표", "한울전자가 분기 실적을 발표했다. 매출이 늘었다.", 2, 10, List.of(500L)),
				story(302, "한울전자 실적 개선", "한울전자의 실적이 개선됐다. 매출이 늘었다.", 3, 10, List.of()),
				story(303, "한울전자 대표 인터뷰", "한울전자 대표가 실적 전망을 말했다.", 3, 10, List.of(500L))), List.of(), 10);
		List<Long> related = engine.related(301, 5);
		assertThat(related).doesNotContain(301L).contains(302L, 303L);
		assertThat(related.get(0)).isEqualTo(303L);
		assertThat(engine.related(99999, 5)).isEmpty();
	}

	@Test
	void suggestCompletesHeadlines() {
		assertThat(engine.suggest("SK하이", 5)).containsExactly("SK하이닉스, HBM 공급 늘린다");
		assertThat(engine.suggest("한울전자 AI", 5)).contains("한울전자, AI반도체 시제품 공개");
		assertThat(engine.suggest("", 5)).isEmpty();
		assertThat(engine.suggest("*:*", 5)).isEmpty();
	}

	@Test
	void appliedChangesSurviveAReopen() {
		engine.apply(List.of(), List.of(3L), 11);
		engine.close();
		engine = new LuceneSearchEngine(dir, Vocabulary.defaults());
		assertThat(engine.appliedSeq()).isEqualTo(11);
		assertThat(engine.size()).isEqualTo(6);
		assertThat(ids("Microsoft")).containsExactly(2L);
	}

	@Test
	void anUnfinishedBuildIsDeletedOnOpen() throws IOException {
		SearchEngine.Build build = engine.startBuild();
		build.add(List.of(story(1, "버려질 색인", "본문", 1, 10, List.of())));
		engine.close(); // the process "dies" without closing the build
		engine = new LuceneSearchEngine(dir, Vocabulary.defaults());
		try (Stream<Path> entries = Files.list(dir)) {
			assertThat(entries.filter(p -> p.getFileName().toString().startsWith("index-")).count()).isEqualTo(1);
		}
		assertThat(engine.appliedSeq()).isEqualTo(7);
		assertThat(ids("HBM")).containsExactly(1L);
	}

	@Test
	void missingDirectoryStartsEmpty() {
		try (LuceneSearchEngine fresh = new LuceneSearchEngine(dir.resolve("not-yet"), Vocabulary.defaults())) {
			assertThat(fresh.appliedSeq()).isZero();
			assertThat(fresh.size()).isZero();
			assertThat(fresh.search(SearchQuery.of("반도체")).total()).isZero();
		}
	}

	@Test
	void corruptIndexIsRebuiltEmpty() throws IOException {
		engine.close();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (!name.equals("live") && !name.equals("write.lock")) {
					Files.write(file, "garbage garbage garbage garbage".getBytes());
				}
			}
		}
		engine = new LuceneSearchEngine(dir, Vocabulary.defaults());
		assertThat(engine.appliedSeq()).isZero();
		assertThat(engine.size()).isZero();
		engine.apply(List.of(story(1, "SK하이닉스 HBM", "본문", 1, 10, List.of())), List.of(), 1);
		assertThat(ids("HBM")).containsExactly(1L);
	}

	@Test
	void garbledSegmentDataOrEmptiedFilesAreRebuiltToo() throws IOException {
		for (boolean keepSegmentsFile : List.of(true, false)) {
			engine.apply(List.of(story(1, "SK하이닉스 HBM", "본문", 1, 10, List.of())), List.of(), 50);
			engine.close();
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String name = file.getFileName().toString();
					boolean segments = name.startsWith("segments");
					if (name.equals("live") || name.equals("write.lock") || file.toString().contains("corrupt-")) {
						continue;
					}
					if (keepSegmentsFile && !segments) {
						Files.write(file, "garbage garbage garbage garbage garbage garbage".getBytes());
					}
					else if (!keepSegmentsFile) {
						Files.write(file, new byte[0]);
					}
				}
			}
			engine = new LuceneSearchEngine(dir, Vocabulary.defaults());
			assertThat(engine.appliedSeq()).as("segments file kept: " + keepSegmentsFile).isZero();
			assertThat(engine.search(SearchQuery.of("HBM")).total()).isZero();
		}
	}

	@Test
	void swapInWhileSearchingNeverFailsASearch() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger searches = new AtomicInteger();
		Thread reader = new Thread(() -> {
			while (running.get()) {
				try {
					if (engine.search(SearchQuery.of("반도체")).total() < 1) {
						failures.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					failures.incrementAndGet();
				}
				searches.incrementAndGet();
			}
		});
		reader.start();
		for (int round = 0; round < 3; round++) {
			try (SearchEngine.Build build = engine.startBuild()) {
				build.add(List.of(story(1, "SK하이닉스 HBM 반도체", "반도체 " + round, 1, 10, List.of()),
						story(400 + round, "새 반도체 기사 " + round, "반도체", 1, 10, List.of())));
				build.swapIn(20 + round);
			}
		}
		try (SearchEngine.Build abandoned = engine.startBuild()) {
			abandoned.add(List.of(story(999, "버려질 색인", "반도체", 1, 10, List.of())));
		}
		Thread.sleep(50);
		running.set(false);
		reader.join();
		assertThat(failures.get()).isZero();
		assertThat(searches.get()).isPositive();
		assertThat(engine.appliedSeq()).isEqualTo(22);
		assertThat(engine.size()).isEqualTo(2);
		try (Stream<Path> entries = Files.list(dir)) {
			assertThat(entries.filter(p -> p.getFileName().toString().startsWith("index-")).count()).isEqualTo(1);
		}
		engine.close();
		engine = new LuceneSearchEngine(dir, Vocabulary.defaults());
		assertThat(engine.appliedSeq()).isEqualTo(22);
		assertThat(ids("기사")).containsExactly(402L);
	}

	@Test
	void headlineMatchRanksAboveBodyMatch() {
		engine.apply(List.of(story(601, "셀트리온 신약 허가", "식약처가 허가를 내줬다.", 3, 70, List.of()),
				story(602, "식약처 허가 소식", "셀트리온 신약이 허가를 받았다는 소식이다.", 3, 70, List.of())), List.of(), 12);
		assertThat(ids("셀트리온")).containsExactly(601L, 602L);
	}

	@Test
	void longQueriesNeedMostButNotAllWords() {
		assertThat(ids("누리증권 금리 인하 기대 전망")).containsExactly(5L);
		assertThat(ids("누리증권 금리 환율 유가 전망")).isEmpty();
	}

	@Test
	void namesSubtitlesAndTagsAreSearchable() {
		engine.apply(List.of(new IndexedStory(701, "신임 대표 선임", "이사회 결정", "본문입니다.", List.of(1L), List.of(), List.of("김기자"),
				List.of(9L), List.of(), List.of("박한결", "한울전자"), List.of("인사"), NOW, NOW)), List.of(), 13);
		assertThat(ids("박한결")).containsExactly(701L);
		assertThat(ids("이사회")).containsExactly(701L);
		assertThat(ids("인사")).contains(701L);
		assertThat(ids("김기자")).containsExactly(701L);
		assertThat(ids("사회")).as("the dictionary keeps 이사회 whole").isEmpty();
	}

	@Test
	void anUpdatedStoryReplacesItsOldVersion() {
		engine.apply(List.of(story(1, "SK하이닉스, 청주 공장 증설", "SK하이닉스가 청주 공장을 늘린다.", 1, 10, List.of())), List.of(), 14);
		assertThat(ids("청주")).containsExactly(1L);
		assertThat(ids("HBM")).isEmpty();
		assertThat(engine.size()).isEqualTo(7);
	}

	@Test
	void aPageBeyondTheLastIsEmptyWithTheTotal() {
		SearchResults results = engine
			.search(new SearchQuery("반도체", null, null, null, null, null, null, null, 9, 10));
		assertThat(results.total()).isEqualTo(2);
		assertThat(results.hits()).isEmpty();
	}

	@Test
	void suggestCompletesAWordInsideTheHeadline() {
		assertThat(engine.suggest("hb", 5)).containsExactly("SK하이닉스, HBM 공급 늘린다");
		assertThat(engine.suggest("a", 0)).isEmpty();
	}

	@Test
	void searchesDoNotFailWhileStoriesAreApplied() throws Exception {
		AtomicInteger failures = new AtomicInteger();
		Thread follower = new Thread(() -> {
			for (int seq = 30; seq < 50; seq++) {
				engine.apply(List.of(story(900 + seq, "코스닥 마감 " + seq, "코스닥 반도체 종목이 올랐다.", 1, 50, List.of())),
						List.of(900L + seq - 1), seq);
			}
		});
		follower.start();
		while (follower.isAlive()) {
			try {
				if (engine.search(SearchQuery.of("반도체")).total() < 2) {
					failures.incrementAndGet();
				}
			}
			catch (RuntimeException ex) {
				failures.incrementAndGet();
			}
		}
		follower.join();
		assertThat(failures.get()).isZero();
		assertThat(ids("코스닥")).containsExactly(949L);
		assertThat(engine.appliedSeq()).isEqualTo(49);
	}

	@Test
	void aBadDictionaryLineIsNamed() {
		Vocabulary bad = new Vocabulary(List.of("한울전자 한울 전자", "반도체 반도체 산업"), List.of());
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new LuceneSearchEngine(dir.resolve("bad"), bad))
			.withMessageContaining("반도체 반도체 산업");
	}

	private List<Long> ids(String text) {
		return ids(SearchQuery.of(text));
	}

	private List<Long> ids(SearchQuery query) {
		return engine.search(query).hits().stream().map(SearchResults.Hit::id).toList();
	}

	static IndexedStory story(long id, String headline, String body, int daysAgo, long section, List<Long> people) {
		OffsetDateTime published = NOW.minusDays(daysAgo);
		return new IndexedStory(id, headline, "", body, List.of(section), List.of(1000 + id), List.of("기자" + id), people,
				List.of(), List.of(), List.of(), published, published);
	}
}
