package kr.cjournal.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.media.MediaStorage;
import kr.cjournal.newsroom.Article;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Photo;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

import static org.assertj.core.api.Assertions.assertThat;

class DemoNewsroomIntegrationTests {

	/** Shares its context (the demo loaded once) with {@link DemoDirectoryIntegrationTests}. */
	@Nested
	@AutoConfigureMockMvc
	@SpringBootTest
	class OnFirstStart {

		@Autowired
		JdbcClient jdbc;

		@Autowired
		Sections sections;

		@Autowired
		Articles articles;

		@Autowired
		MediaStorage media;

		@Autowired
		DemoNewsroom demo;

		@Test
		void theDemoPaperHasSectionsWithSubsectionsAsAKoreanBusinessDailyHasThem() {
			assertThat(sections.topLevel()).extracting(Section::name).containsExactly("기업과산업", "금융", "경제정책", "정치·사회");
			Section industry = sections.byPath("industry").orElseThrow();
			assertThat(sections.childrenOf(industry)).extracting(Section::name).contains("기업일반", "전자·전기·정보통신");
			for (Section top : sections.topLevel()) {
				for (Section sub : sections.childrenOf(top)) {
					assertThat(articles.inSection(sub, 1, 20).total()).as(sub.path()).isGreaterThanOrEqualTo(2);
				}
			}
		}

		@Test
		void atLeastFiveReportersWithEmailAddresses() {
			// Demo reporters write without staff accounts; the first admin's byline is not one of them.
			List<String> emails = jdbc.sql("select email from reporters where username is null").query(String.class).list();

			assertThat(emails).hasSizeGreaterThanOrEqualTo(5).allMatch(e -> e.matches("[a-z.]+@cjournal\\.example"));
		}

		@Test
		void atLeastFortyArticlesEachWithAStoredPhotoAndCaption() {
			List<ArticleSummary> all = articles.latest(1000);

			assertThat(all).hasSizeGreaterThanOrEqualTo(40);
			for (ArticleSummary summary : all) {
				Article article = articles.findPublished(summary.id()).orElseThrow();
				assertThat(article.photos()).as(article.headline()).isNotEmpty();
				for (Photo photo : article.photos()) {
					assertThat(photo.caption()).isNotBlank();
					assertThat(photo.alt()).isNotBlank();
					assertThat(media.read(photo.mediaKey())).as("stored photo").get()
						.satisfies(bytes -> assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xD8));
				}
				assertThat(article.bodyHtml()).contains("<figure class=\"photo\">", "<figcaption>");
				assertThat(article.bylines()).isNotEmpty();
			}
		}

		@Test
		void articlesAreSpreadOverTheLastFewDays() {
			List<OffsetDateTime> times = articles.latest(1000).stream().map(ArticleSummary::publishedAt).toList();
			OffsetDateTime now = OffsetDateTime.now();

			List<OffsetDateTime> recent = times.stream().filter(t -> t.isAfter(now.minus(Duration.ofDays(5)))).toList();
			assertThat(recent).hasSizeGreaterThanOrEqualTo(40).allMatch(t -> t.isBefore(now));
			assertThat(times).as("an archive story, published 2023-05-16 10:20 KST")
				.contains(OffsetDateTime.parse("2023-05-16T10:20:00+09:00").withOffsetSameInstant(java.time.ZoneOffset.UTC));
			assertThat(recent.stream().map(t -> t.atZoneSameInstant(ZoneId.of("Asia/Seoul")).toLocalDate()).distinct())
				.hasSizeGreaterThanOrEqualTo(3);
		}

		@Test
		void storiesNamePeopleWithTheirCompaniesAndTitles() {
			String bodies = String.join("\n", jdbc.sql("select body_html from articles").query(String.class).list());

			assertThat(bodies).contains("정태오 한울그룹 회장", "문지석 한울전자 대표이사 사장", "오세결 누리금융지주 회장");
		}

		@Autowired
		org.springframework.test.web.servlet.MockMvc mvc;

		@Test
		void demoReadersHaveCommentedOnSeveralStoriesWithRepliesAndNoneIsDatedInTheFuture() throws Exception {
			List<Long> commented = jdbc.sql("select distinct article_id from comments c join reader_profiles p "
					+ "on p.account_id = c.author_id join accounts a on a.id = p.account_id "
					+ "where a.email like '%@demo.cjournal.example' and c.status = 'VISIBLE'").query(Long.class).list();
			assertThat(commented).hasSizeGreaterThanOrEqualTo(5);
			assertThat(jdbc.sql("select count(*) from comments where parent_id is not null").query(Long.class).single())
				.isGreaterThanOrEqualTo(3);
			assertThat(jdbc.sql("select count(*) from comments where created_at > current_timestamp").query(Long.class).single())
				.isZero();
			String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/articles/" + commented.get(0) + "/comments"))
				.andReturn().getResponse().getContentAsString();
			assertThat(json).contains("\"nickname\"").doesNotContain("\"total\":0");
			// Nobody knows a demo reader's password: none is a weak or shared one.
			assertThat(jdbc.sql("select count(distinct password_hash) from accounts where email like '%@demo.cjournal.example'")
				.query(Long.class).single()).isEqualTo(8);
		}

		@Test
		void theDemoIsLoadedOnlyIntoAnEmptyDatabase() {
			long before = jdbc.sql("select count(*) from articles").query(Long.class).single();

			demo.loadIntoEmptyNewsroom();

			assertThat(jdbc.sql("select count(*) from articles").query(Long.class).single()).isEqualTo(before);
		}
	}

	@Nested
	@SpringBootTest(properties = "cjournal.demo=false")
	class WhenTurnedOff {

		@Autowired
		JdbcClient jdbc;

		@Autowired
		ApplicationContext context;

		@Test
		void theDatabaseStaysEmpty() {
			assertThat(jdbc.sql("select count(*) from articles").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from sections").query(Long.class).single()).isZero();
		}

		@Test
		void noDemoBeanExists() {
			assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType))
				.noneMatch(type -> type != null && type.getPackageName().equals(DemoNewsroom.class.getPackageName()));
		}
	}
}
