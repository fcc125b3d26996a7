package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.core.Page;
import kr.cjournal.support.TestPhotos;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What pages rely on when they read articles; run on H2 and on PostgreSQL by the subclasses, so
 * the same SQL is proven on both.
 */
abstract class ArticlesContract {

	static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 27, 3, 0, 0, 0, ZoneOffset.UTC);

	static final Actor EDITOR = new Actor("desk", Set.of(Role.EDITOR));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sections sections;

	@Autowired
	Reporters reporters;

	@Autowired
	Desk desk;

	@Autowired
	Articles articles;

	@Autowired
	kr.cjournal.media.Images images;

	Section industry;

	Section general;

	Section electronics;

	Section finance;

	Reporter hana;

	Reporter jiwoo;

	/** 25 articles in 기업일반, 3 in 기업과산업 itself, 2 in 금융, 0 in 전자; one minute apart. */
	List<Long> ids = new ArrayList<>();

	@BeforeEach
	void newsroom() {
		for (String table : List.of("top_stories", "article_photos", "article_bylines", "articles", "reporters")) {
			jdbc.sql("delete from " + table).update();
		}
		jdbc.sql("delete from sections where parent_id is not null").update();
		jdbc.sql("delete from sections").update();
		industry = sections.create(null, "industry", "기업과산업", 0);
		general = sections.create(industry, "general", "기업일반", 0);
		electronics = sections.create(industry, "electronics", "전자·전기·정보통신", 1);
		finance = sections.create(null, "finance", "금융", 1);
		hana = reporters.create("서하나", "hana.seo@cjournal.example");
		jiwoo = reporters.create("박지우", "jiwoo.park@cjournal.example");
		ids.clear();
		long photoA = images.upload(TestPhotos.jpeg(1), null).id();
		long photoB = images.upload(TestPhotos.jpeg(2), null).id();
		for (int i = 0; i < 30; i++) {
			Section section = i < 25 ? general : i < 28 ? industry : finance;
			List<Long> bylines = i % 5 == 0 ? List.of(jiwoo.id(), hana.id()) : List.of(hana.id());
			String photos = i % 2 == 0 ? "![대체 a%d](image:%d \"사진 a%d\")\n\n![대체 b%d](image:%d \"사진 b%d\")\n\n"
				.formatted(i, photoA, i, i, photoB, i) : "";
			String body = "[씨저널] 첫 문단 " + i + "\n\n" + photos + "둘째 문단";
			ids.add(desk.publishArchived(EDITOR, new Draft(section.id(), "기사 " + i, i == 0 ? "부제 0" : null, body, bylines,
					List.of()), NOON.plusMinutes(i)));
		}
	}

	@Test
	void latestComesNewestFirstAcrossSections() {
		assertThat(articles.latest(3)).extracting(ArticleSummary::headline).containsExactly("기사 29", "기사 28", "기사 27");
	}

	@Test
	void aSectionListIncludesItsSubsectionsAndPagesByTwenty() {
		Page<ArticleSummary> first = articles.inSection(industry, 1, 20);
		Page<ArticleSummary> second = articles.inSection(industry, 2, 20);

		assertThat(first.total()).isEqualTo(28);
		assertThat(first.items()).hasSize(20).first().extracting(ArticleSummary::headline).isEqualTo("기사 27");
		assertThat(second.items()).hasSize(8).last().extracting(ArticleSummary::headline).isEqualTo("기사 0");
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		assertThat(articles.inSection(general, 1, 20).total()).isEqualTo(25);
		assertThat(articles.inSection(electronics, 1, 20).items()).isEmpty();
	}

	@Test
	void aPagePastTheEndIsEmptyAndSaysSo() {
		Page<ArticleSummary> page = articles.inSection(finance, 3, 20);

		assertThat(page.items()).isEmpty();
		assertThat(page.isBeyondEnd()).isTrue();
		assertThat(articles.inSection(electronics, 1, 20).isBeyondEnd()).isFalse();
	}

	@Test
	void aReporterListIncludesSharedBylines() {
		assertThat(articles.byReporter(jiwoo.id(), 1, 20).total()).isEqualTo(6);
		assertThat(articles.byReporter(hana.id(), 1, 20).total()).isEqualTo(30);
	}

	@Test
	void listsShowTheFirstReporterAndTheFirstPhoto() {
		ArticleSummary zero = articles.inSection(general, 2, 20).items().get(4);

		assertThat(zero.headline()).isEqualTo("기사 0");
		assertThat(zero.reporterName()).isEqualTo("박지우");
		assertThat(zero.thumbnail().caption()).isEqualTo("사진 a0");
		assertThat(zero.summary()).isEqualTo("첫 문단 0");
		assertThat(articles.latest(1).get(0).thumbnail()).isNull();
	}

	@Test
	void anArticleComesWithItsBylinesAndPhotosInOrder() {
		Article article = articles.findPublished(ids.get(0)).orElseThrow();

		assertThat(article.bylines()).extracting(Reporter::name).containsExactly("박지우", "서하나");
		assertThat(article.photos()).extracting(Photo::caption).containsExactly("사진 a0", "사진 b0");
		assertThat(article.subtitle()).isEqualTo("부제 0");
		assertThat(article.section()).isEqualTo(general);
		assertThat(article.topSection()).isEqualTo(industry);
		assertThat(article.publishedAt().toInstant()).isEqualTo(NOON.toInstant());
		assertThat(article.bodyHtml()).contains("<p>[씨저널] 첫 문단 0</p>", "<figcaption>사진 a0");
	}

	@Test
	void draftsAndUnknownIdsAreNotFound() {
		jdbc.sql("update articles set status = 'DRAFT' where id = ?").params(ids.get(3)).update();

		assertThat(articles.findPublished(ids.get(3))).isEmpty();
		assertThat(articles.findPublished(-1)).isEmpty();
		assertThat(articles.latest(100)).hasSize(29);
		assertThat(articles.inSection(industry, 1, 20).total()).isEqualTo(27);
	}

	@Test
	void topStoriesKeepTheDesksOrder() {
		desk.chooseTopStories(EDITOR, List.of(ids.get(5), ids.get(1), ids.get(20)));

		assertThat(articles.topStories()).extracting(ArticleSummary::headline).containsExactly("기사 5", "기사 1", "기사 20");
	}

	@Test
	void eachTopSectionGetsItsNewestArticlesInOneList() {
		var perSection = articles.latestPerSection(2);

		assertThat(perSection.get(industry.id())).extracting(ArticleSummary::headline).containsExactly("기사 27", "기사 26");
		assertThat(perSection.get(finance.id())).extracting(ArticleSummary::headline).containsExactly("기사 29", "기사 28");
	}

	@Test
	void sectionsFormATreeInNavigationOrder() {
		assertThat(sections.topLevel()).extracting(Section::name).containsExactly("기업과산업", "금융");
		assertThat(sections.childrenOf(industry)).extracting(Section::path)
			.containsExactly("industry/general", "industry/electronics");
		assertThat(sections.byPath("industry/general")).contains(general);
		assertThat(sections.topOf(general)).isEqualTo(industry);
	}
}
