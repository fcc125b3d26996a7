package kr.cjournal.site;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.support.DemoPaperTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reader pages as a reader's browser gets them, on the demo newsroom; run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class SitePagesContract {

	static final String BASE = DemoPaperTest.BASE_URL;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Desk desk;

	@Autowired
	Manuscripts manuscripts;

	static final Actor EDITOR = new Actor("desk", java.util.Set.of(Role.EDITOR));

	@Test
	void homeShowsTopStoriesLatestArticlesAndABlockPerSection() throws Exception {
		Document home = page("/");

		assertThat(home.select(".top-story")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(home.select(".top-story img").first().attr("src")).startsWith("/media/");
		assertThat(home.select(".article-item img").first().attr("srcset")).as("lists offer small copies").contains(" 480w");
		assertThat(home.select(".latest-list li")).hasSize(12);
		assertThat(home.select(".section-block .block-title")).extracting(Element::text)
			.containsExactly("기업과산업", "금융", "경제정책", "정치·사회");
		assertThat(home.select(".section-nav a")).extracting(Element::text).contains("기업과산업", "금융");
		assertThat(home.title()).contains("씨저널");
		assertThat(home.select(".section-nav a.active").text()).isEqualTo("홈");
	}

	@Test
	void aSectionListsTwentyArticlesNewestFirstWithABreadcrumbAndPages() throws Exception {
		Document first = page("/section/industry");
		Document second = page("/section/industry?page=2");

		assertThat(first.select(".article-item")).hasSize(20);
		assertThat(second.select(".article-item")).hasSizeBetween(1, 20);
		assertThat(first.select(".breadcrumb a")).extracting(Element::text).containsExactly("홈", "기업과산업");
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/section/industry?page=2");
		List<String> times = first.select(".article-item time").eachAttr("datetime");
		assertThat(times).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
		assertThat(first.select(".section-nav a.active").text()).isEqualTo("기업과산업");
	}

	@Test
	void aSubsectionListsOnlyItsOwnArticles() throws Exception {
		Document sub = page("/section/finance/banking");
		long count = jdbc.sql("select count(*) from articles a join sections s on s.id = a.section_id "
				+ "where s.path = 'finance/banking' and a.status = 'PUBLISHED'").query(Long.class).single();

		assertThat(sub.select(".article-item")).hasSize((int) count);
		assertThat(sub.select(".breadcrumb a")).extracting(Element::text).containsExactly("홈", "금융", "은행");
		assertThat(sub.select(".subsection-tabs a.active").text()).isEqualTo("은행");
	}

	@Test
	void theArticlePageShowsWhatTheSeedPageShows() throws Exception {
		long id = articleWith("subtitle is not null");
		Row row = row(id);
		Document article = page("/article/" + id);

		assertThat(article.select(".breadcrumb a")).extracting(Element::text).containsExactly(row.top(), row.section());
		assertThat(article.select("h1.headline").text()).isEqualTo(row.headline());
		assertThat(article.select(".subtitle").text()).isEqualTo(row.subtitle());
		Element email = article.selectFirst(".byline a[href^=mailto:]");
		assertThat(email.attr("href")).isEqualTo("mailto:" + row.email());
		assertThat(article.select(".byline .reporter-name").text()).isEqualTo(row.reporter() + " 기자");
		String kst = row.publishedAt().atZoneSameInstant(ZoneId.of("Asia/Seoul"))
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
		assertThat(article.select("time.published").text()).isEqualTo(kst);
		assertThat(article.select("time.published").attr("datetime")).endsWith("+09:00");
		assertThat(article.select("#font-up").text()).isEqualTo("확대");
		assertThat(article.select("#font-down").text()).isEqualTo("축소");
		assertThat(article.select("figure.photo")).isNotEmpty();
		assertThat(article.select("figure.photo img").first().attr("alt")).isNotBlank();
		assertThat(article.select("figure.photo figcaption").first().text()).isNotBlank();
		assertThat(article.select(".article-body p")).hasSizeGreaterThan(3);
		assertThat(article.select(".signoff").text()).isEqualTo(row.reporter() + " 기자");
		assertThat(article.select(".latest-articles li")).hasSize(10);
		assertThat(article.select(".latest-articles a").eachAttr("href")).doesNotContain("/article/" + id);
	}

	@Test
	void theArticlePageTellsSearchEnginesAndSocialNetworksAboutTheStory() throws Exception {
		long id = articleWith("subtitle is null");
		Row row = row(id);
		Document article = page("/article/" + id);
		String canonical = BASE + "/article/" + id;

		assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(article.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
		assertThat(article.select("meta[property=og:title]").attr("content")).isEqualTo(row.headline());
		assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(article.select("meta[property=og:image]").attr("content")).startsWith(BASE + "/media/");
		assertThat(article.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(article.select("meta[name=twitter:title]").attr("content")).isEqualTo(row.headline());
		assertThat(article.select("meta[name=description]").attr("content")).isNotBlank().doesNotStartWith("[씨저널]");

		JsonNode ld = json.readTree(article.selectFirst("script[type=application/ld+json]").data());
		assertThat(ld.path("@type").asString()).isEqualTo("NewsArticle");
		assertThat(ld.path("headline").asString()).isEqualTo(row.headline());
		assertThat(ld.path("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00");
		assertThat(OffsetDateTime.parse(ld.path("datePublished").asString()).toInstant())
			.isEqualTo(row.publishedAt().toInstant());
		assertThat(ld.path("author").get(0).path("name").asString()).isEqualTo(row.reporter());
		assertThat(ld.path("image").get(0).asString()).startsWith(BASE + "/media/");
		assertThat(ld.path("mainEntityOfPage").asString()).isEqualTo(canonical);
	}

	@Test
	void shareLinksCarryTheEncodedCanonicalUrlAndTitle() throws Exception {
		long id = articleWith("1 = 1");
		Document article = page("/article/" + id);
		String url = "http%3A%2F%2Flocalhost%3A8080%2Farticle%2F" + id;
		String title = org.springframework.web.util.UriUtils.encode(row(id).headline(), "UTF-8");

		assertThat(article.select(".share-facebook").attr("href")).isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + url);
		assertThat(article.select(".share-x").attr("href")).contains("url=" + url, "text=" + title);
		assertThat(article.select(".share-naver").attr("href")).contains("url=" + url, "title=" + title);
		assertThat(article.select(".share-youtube").attr("href")).isEqualTo("https://www.youtube.com/@cjournal");
		assertThat(article.select("#copy-url").attr("data-url")).isEqualTo(BASE + "/article/" + id);
		assertThat(article.select(".print-link").attr("href")).isEqualTo("/article/" + id + "/print");
		assertThat(article.select("#share-kakao")).as("no Kakao key configured").isEmpty();
	}

	@Test
	void thePrintViewHasTheStoryButNoNavigationShareButtonsOrLists() throws Exception {
		long id = articleWith("1 = 1");
		Document print = page("/article/" + id + "/print");

		assertThat(print.select("h1.headline").text()).isEqualTo(row(id).headline());
		assertThat(print.select(".article-body figure figcaption")).isNotEmpty();
		assertThat(print.select(".section-nav, .share, .latest-articles, .site-footer")).isEmpty();
		assertThat(print.select("#print-now").text()).isEqualTo("인쇄하기");
		assertThat(print.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/article/" + id);
	}

	@Test
	void theReporterPageShowsNameEmailAndTheirArticles() throws Exception {
		long reporter = jdbc.sql("select min(reporter_id) from article_bylines").query(Long.class).single();
		long count = jdbc.sql("select count(*) from article_bylines b join articles a on a.id = b.article_id"
				+ " where b.reporter_id = ? and a.status = 'PUBLISHED'").params(reporter)
			.query(Long.class).single();
		Document page = page("/reporter/" + reporter);

		assertThat(page.select("h1").text()).endsWith(" 기자");
		assertThat(page.select(".reporter-email a").attr("href")).startsWith("mailto:").endsWith("@cjournal.example");
		assertThat(page.select(".article-item")).hasSize((int) Math.min(20, count));
		assertThat(page.select(".reporter-count").text()).isEqualTo("기사 " + count + "건");
	}

	@Test
	void aPersonPageShowsCurrentAndPastTitlesAndSchemaOrgPerson() throws Exception {
		long id = jdbc.sql("select id from people where name = '문지석'").query(Long.class).single();
		Document person = page("/people/" + id);

		assertThat(person.select("h1").text()).startsWith("문지석");
		assertThat(person.select(".current-position").text()).isEqualTo("한울전자 대표이사 사장");
		assertThat(person.select(".career li.past").text()).contains("한울전자 부사장", "2019년 1월~2023년 12월");
		JsonNode ld = json.readTree(person.selectFirst("script[type=application/ld+json]").data());
		assertThat(ld.path("@type").asString()).isEqualTo("Person");
		assertThat(ld.path("jobTitle").asString()).isEqualTo("대표이사 사장");
		assertThat(ld.path("worksFor").get(0).path("name").asString()).isEqualTo("한울전자");
		assertThat(ld.path("url").asString()).isEqualTo(BASE + "/people/" + id);
	}

	@Test
	void aCompanyPageShowsItsGroupSubsidiariesAndPeople() throws Exception {
		long group = jdbc.sql("select id from organizations where name = '한울그룹'").query(Long.class).single();
		long electronics = jdbc.sql("select id from organizations where name = '한울전자'").query(Long.class).single();
		Document company = page("/company/" + group);
		Document subsidiary = page("/company/" + electronics);

		assertThat(company.select("h1").text()).isEqualTo("한울그룹");
		assertThat(company.select("#subsidiaries-title + ul a")).extracting(Element::text).contains("한울전자", "한울반도체");
		assertThat(company.select("#people-title + ul li").text()).contains("정태오 회장");
		assertThat(subsidiary.select(".profile-meta a").text()).isEqualTo("한울그룹");
		JsonNode ld = json.readTree(subsidiary.selectFirst("script[type=application/ld+json]").data());
		assertThat(ld.path("@type").asString()).isEqualTo("Organization");
		assertThat(ld.path("parentOrganization").path("name").asString()).isEqualTo("한울그룹");
		assertThat(ld.path("alternateName").toString()).contains("Hanul Electronics");
	}

	@Test
	void legacyArticleLinksRedirectPermanently() throws Exception {
		mvc.perform(get("/BP").param("command", "article_view").param("num", "425744"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string(HttpHeaders.LOCATION, "/article/425744"));
		mvc.perform(get("/BP").param("command", "list")).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownArticleGetsAKoreanNotFoundPageWithAWayBack() throws Exception {
		MvcResult result = mvc.perform(get("/article/987654321")).andExpect(status().isNotFound()).andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());

		assertThat(page.select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
		assertThat(page.select(".error-actions a[href=/]").text()).isEqualTo("첫 화면으로 가기");
		assertThat(page.select(".section-nav a")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/article/abc", "/article/-1", "/article/99999999999999999999", "/article/0/print",
			"/section/industry?page=-1", "/section/industry?page=x", "/section/industry?page=0",
			"/section/industry?page=99999999999", "/section/industry?page=5000", "/section/nope",
			"/section/industry/nope", "/reporter/abc", "/reporter/424242", "/reporter/1?page=-3", "/BP?num=x",
			"/no/such/page", "/media/00/nothing.jpg", "/people/999999", "/people/abc", "/company/-4",
			"/company/99999999999999999999", "/people/1?page=0", "/people/1?page=x", "/people/1?page=2",
			"/company/1?page=-1", "/company/1?page=9" })
	void badAddressesGetAKoreanClientErrorNeverAServerError(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();

		assertThat(result.getResponse().getStatus()).as(url).isIn(400, 404);
		if (!url.startsWith("/media/")) {
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("h1").text()).as(url)
				.isIn("페이지를 찾을 수 없습니다", "잘못된 요청입니다");
		}
	}

	@Test
	void aWithdrawnStoryGetsAKoreanGonePageAndLeavesTheLists() throws Exception {
		long id = jdbc.sql("select max(id) from articles where status = 'PUBLISHED'").query(Long.class).single();

		desk.unpublish(EDITOR, id, "사실관계 확인 중");

		MvcResult result = mvc.perform(get("/article/" + id)).andExpect(status().isGone()).andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("h1").text()).isEqualTo("삭제된 기사입니다");
		assertThat(page("/").select("a[href=/article/" + id + "]")).isEmpty();
		mvc.perform(get("/article/" + id + "/print")).andExpect(status().isGone());
	}

	@Test
	void aCorrectedStoryShowsWhenAndWhatWasCorrected() throws Exception {
		long id = jdbc.sql("select max(id) from articles where status = 'PUBLISHED'").query(Long.class).single();
		Manuscript manuscript = manuscripts.find(id).orElseThrow();

		desk.correct(EDITOR, id, manuscript.version(), manuscript.draft(), "3문단의 인용을 바로잡았습니다.");

		Document article = page("/article/" + id);
		assertThat(article.select("time.updated").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		assertThat(article.select(".article-times").text()).contains("수정 " + article.select("time.updated").text());
		assertThat(article.select(".correction-note").text()).isEqualTo("바로잡습니다 3문단의 인용을 바로잡았습니다.");
	}

	@Test
	void markupInAStoryIsShownAsTextNeverRun() throws Exception {
		long id = articleWith("1 = 1");
		jdbc.sql("update articles set headline = ?, subtitle = ? where id = ?")
			.params("<script>alert(1)</script> 헤드라인", "\"><img src=x onerror=alert(1)>", id)
			.update();
		Document article = page("/article/" + id + "/print");

		assertThat(article.select("h1.headline").text()).isEqualTo("<script>alert(1)</script> 헤드라인");
		assertThat(article.select("script:containsData(alert)")).isEmpty();
		assertThat(article.select("img[onerror]")).isEmpty();
	}

	@Test
	void readerPagesCanBeCachedAndRevalidated() throws Exception {
		long id = articleWith("1 = 1");
		MvcResult first = mvc.perform(get("/article/" + id)).andExpect(status().isOk()).andReturn();
		// The page's related stories change once the search index has the new story (within 2 s):
		// a new ETag then is right; revalidation is checked on the page as it settles.
		for (int i = 0; i < 30; i++) {
			Thread.sleep(100);
			MvcResult again = mvc.perform(get("/article/" + id)).andExpect(status().isOk()).andReturn();
			if (again.getResponse().getHeader(HttpHeaders.ETAG).equals(first.getResponse().getHeader(HttpHeaders.ETAG))) {
				break;
			}
			first = again;
		}
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public", "max-age=");
		assertThat(etag).startsWith("W/");
		mvc.perform(get("/article/" + id).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
	}

	Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString(), BASE);
	}

	long articleWith(String condition) {
		return jdbc.sql("select min(id) from articles where status = 'PUBLISHED' and " + condition)
			.query(Long.class)
			.single();
	}

	Row row(long id) {
		return jdbc.sql("""
				select a.headline, a.subtitle, a.published_at, s.name as section, coalesce(p.name, s.name) as top,
				       r.name as reporter, r.email
				from articles a join sections s on s.id = a.section_id left join sections p on p.id = s.parent_id
				join article_bylines b on b.article_id = a.id and b.position = 0 join reporters r on r.id = b.reporter_id
				where a.id = ?""")
			.params(id)
			.query((rs, n) -> new Row(rs.getString("headline"), rs.getString("subtitle"),
					rs.getObject("published_at", OffsetDateTime.class), rs.getString("top"), rs.getString("section"),
					rs.getString("reporter"), rs.getString("email")))
			.single();
	}

	record Row(String headline, String subtitle, OffsetDateTime publishedAt, String top, String section,
			String reporter, String email) {
	}
}
