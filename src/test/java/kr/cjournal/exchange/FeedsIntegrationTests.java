package kr.cjournal.exchange;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.Directory;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.QueryCounting;

import static kr.cjournal.exchange.XmlDocuments.children;
import static kr.cjournal.exchange.XmlDocuments.elements;
import static kr.cjournal.exchange.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@NewsroomAppTest
class FeedsIntegrationTests {

	static final Actor DESK = new Actor("desk", Set.of(Role.EDITOR));

	static final OffsetDateTime MARCH = OffsetDateTime.of(2026, 3, 10, 3, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sections sections;

	@Autowired
	Reporters reporters;

	@Autowired
	Desk desk;

	@Autowired
	Directory directory;

	@Autowired
	kr.cjournal.newsroom.Articles articles;

	@Autowired
	FeedController feeds;

	@Autowired
	PublishedArchive archive;

	@Autowired
	FeedCache cache;

	@Autowired
	Paper paper;

	@Value("${cjournal.site.base-url}")
	String baseUrl;

	Section industry;

	Section general;

	Section finance;

	Reporter hana;

	Reporter jiwoo;

	@BeforeEach
	void emptyPaper() {
		for (String table : List.of("top_stories", "mentions", "article_photos", "article_bylines", "articles",
				"reporters")) {
			jdbc.sql("delete from " + table).update();
		}
		// Sections stay (the newsroom holds them in memory); each test gets its own.
		String suffix = Long.toString(System.nanoTime(), 36);
		Actor admin = new Actor("admin", Set.of(Role.ADMIN));
		industry = sections.add(admin, null, "industry-" + suffix, "기업과산업");
		general = sections.add(admin, industry.id(), "general", "기업일반");
		finance = sections.add(admin, null, "finance-" + suffix, "금융");
		hana = reporters.create("서하나", "hana.seo@cjournal.example");
		jiwoo = reporters.create("박지우", "jiwoo.park@cjournal.example");
	}

	@Test
	void thePapersFeedHasTheFiftyNewestStoriesNewestFirst() throws Exception {
		List<Long> ids = publishMany(55, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusHours(3));

		MvcResult result = mvc.perform(get("/rss.xml")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=60, public");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		Element channel = channel(result);
		List<Element> items = children(channel, "", "item");
		assertThat(items).hasSize(50);
		assertThat(items.get(0).getElementsByTagName("link").item(0).getTextContent())
			.isEqualTo(baseUrl + "/article/" + ids.get(54));
		assertThat(items.get(49).getElementsByTagName("link").item(0).getTextContent())
			.isEqualTo(baseUrl + "/article/" + ids.get(5));
		List<ZonedDateTime> times = items.stream()
			.map(item -> ZonedDateTime.parse(text(item, "", "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME))
			.toList();
		assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(text(items.get(0), "", "pubDate")).endsWith("+0900");
		Element first = items.get(0);
		assertThat(text(first, "", "title")).isEqualTo("기사 54");
		assertThat(text(first, "", "description")).isEqualTo("첫 문단 54");
		assertThat(text(first, RssWriter.DC, "creator")).isEqualTo("서하나, 박지우");
		assertThat(children(first, "", "category")).extracting(Element::getTextContent)
			.containsExactly("기업과산업", "기업일반");
		assertThat(children(first, "", "guid").get(0).getAttribute("isPermaLink")).isEqualTo("true");
		assertThat(text(first, RssWriter.CONTENT, "encoded")).as("full text is off by default").isNull();
	}

	@Test
	void withFullTextOnItemsCarryTheSanitisedBody() {
		publishMany(2, OffsetDateTime.now().minusHours(1));
		FeedController fullText = new FeedController(articles, sections, archive, cache,
				new FeedSettings(true, Duration.ZERO), paper);

		Element item = children(channel(fullText.build(null).body()), "", "item").get(0);
		assertThat(text(item, "", "title")).isEqualTo("기사 1");
		assertThat(text(item, RssWriter.CONTENT, "encoded")).contains("첫 문단 1").contains("둘째 문단").contains("<p>");
	}

	@Test
	void aSectionFeedHasItsOwnStoriesAndThoseOfItsSubsections() throws Exception {
		long inGeneral = publish(general, "반도체 투자", OffsetDateTime.now().minusHours(2));
		long inIndustry = publish(industry, "산업 일반", OffsetDateTime.now().minusHours(3));
		long inFinance = publish(finance, "금리 동결", OffsetDateTime.now().minusHours(1));

		assertThat(links(industry.url() + "/rss.xml")).containsExactly(url(inGeneral), url(inIndustry));
		assertThat(links(general.url() + "/rss.xml")).containsExactly(url(inGeneral));
		assertThat(links(finance.url() + "/rss.xml")).containsExactly(url(inFinance));
		mvc.perform(get("/section/nowhere/rss.xml")).andExpect(status().isNotFound());
		mvc.perform(get(industry.url() + "/nowhere/rss.xml")).andExpect(status().isNotFound());
	}

	@Test
	void aHeadlineWithMarkupCharactersAndEmojiComesOutWellFormed() throws Exception {
		publish(general, "삼성 <HBM> & SK \"반도체\" 🚀\u0007 급등", OffsetDateTime.now().minusHours(1));

		Element item = children(channel(mvc.perform(get("/rss.xml")).andReturn()), "", "item").get(0);
		String title = text(item, "", "title");
		assertThat(title).contains("<HBM> & SK \"반도체\" 🚀").doesNotContain("\u0007");
		Document news = XmlDocuments.parse(body("/news-sitemap.xml"));
		assertThat(elements(news.getDocumentElement(), SitemapWriter.NEWS, "title").get(0).getTextContent())
			.isEqualTo(title);
	}

	@Test
	void aWithdrawnStoryLeavesFeedsAndSitemapsAtOnce() throws Exception {
		long kept = publish(general, "남는 기사", OffsetDateTime.now().minusMinutes(61));
		long withdrawn = publish(general, "취소될 기사", OffsetDateTime.now().minusHours(1));
		String month = YearMonthName.of(OffsetDateTime.now().minusHours(1));
		assertThat(links("/rss.xml")).contains(url(withdrawn));
		assertThat(sitemapLocs("/sitemaps/" + month + ".xml")).contains(url(withdrawn));
		assertThat(newsLocs()).contains(url(withdrawn));

		desk.unpublish(DESK, withdrawn, "오보");

		assertThat(links("/rss.xml")).containsExactly(url(kept));
		assertThat(links(industry.url() + "/rss.xml")).containsExactly(url(kept));
		assertThat(sitemapLocs("/sitemaps/" + month + ".xml")).containsExactly(url(kept));
		assertThat(newsLocs()).containsExactly(url(kept));
	}

	@Test
	void theSitemapIndexListsEveryMonthAndThePeopleAndCompanyPages() throws Exception {
		long march = publish(general, "3월 기사", MARCH);
		// 2026-03-31 23:30 UTC is 2026-04-01 08:30 in Korea: an April story
		long april = publish(general, "4월 기사", OffsetDateTime.of(2026, 3, 31, 23, 30, 0, 0, ZoneOffset.UTC));
		long person = directory.addPerson("사이트맵" + System.nanoTime() % 10000, null, null, null, null).id();

		Document index = XmlDocuments.parse(body("/sitemap.xml"));
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.SITEMAPS);
		List<String> sitemaps = elements(index.getDocumentElement(), SitemapWriter.SITEMAPS, "loc").stream()
			.map(Element::getTextContent)
			.toList();
		assertThat(sitemaps).contains(baseUrl + "/sitemaps/2026-03.xml", baseUrl + "/sitemaps/2026-04.xml",
				baseUrl + "/sitemaps/people.xml");
		for (String sitemap : sitemaps) {
			assertThat(sitemap).startsWith(baseUrl + "/sitemaps/");
			List<String> locs = sitemapLocs(sitemap.substring(baseUrl.length()));
			assertThat(locs).isNotEmpty().hasSizeLessThanOrEqualTo(SitemapWriter.MAX_URLS)
				.allSatisfy(loc -> assertThat(loc).startsWith(baseUrl + "/"));
		}
		assertThat(sitemapLocs("/sitemaps/2026-03.xml")).containsExactly(url(march));
		assertThat(sitemapLocs("/sitemaps/2026-04.xml")).containsExactly(url(april));
		assertThat(sitemapLocs("/sitemaps/people.xml")).contains(baseUrl + "/people/" + person);
		Document month = XmlDocuments.parse(body("/sitemaps/2026-03.xml"));
		assertThat(text(children(month.getDocumentElement(), SitemapWriter.SITEMAPS, "url").get(0),
				SitemapWriter.SITEMAPS, "lastmod")).isEqualTo(Kst.iso(MARCH));
		for (String missing : List.of("/sitemaps/2026-05.xml", "/sitemaps/2026-03-2.xml", "/sitemaps/2026-13.xml",
				"/sitemaps/everything.xml")) {
			mvc.perform(get(missing)).andExpect(status().isNotFound());
		}
	}

	@Test
	void theNewsSitemapHasOnlyTheLastTwoDays() throws Exception {
		OffsetDateTime hourAgo = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusHours(1);
		long fresh = publish(general, "오늘 기사", hourAgo);
		publish(general, "사흘 전 기사", hourAgo.minusDays(3));

		Document news = XmlDocuments.parse(body("/news-sitemap.xml"));
		List<Element> urls = children(news.getDocumentElement(), SitemapWriter.SITEMAPS, "url");
		assertThat(urls).hasSize(1);
		Element story = urls.get(0);
		assertThat(text(story, SitemapWriter.SITEMAPS, "loc")).isEqualTo(url(fresh));
		Element publication = elements(story, SitemapWriter.NEWS, "publication").get(0);
		assertThat(text(publication, SitemapWriter.NEWS, "name")).isEqualTo("씨저널");
		assertThat(text(publication, SitemapWriter.NEWS, "language")).isEqualTo("ko");
		assertThat(elements(story, SitemapWriter.NEWS, "publication_date").get(0).getTextContent())
			.isEqualTo(Kst.iso(hourAgo));
		assertThat(elements(story, SitemapWriter.NEWS, "title").get(0).getTextContent()).isEqualTo("오늘 기사");
	}

	@Test
	void aClientWithTheCurrentCopyGets304() throws Exception {
		publish(general, "조건부 요청", OffsetDateTime.now().minusHours(1));
		String month = "/sitemaps/" + YearMonthName.of(OffsetDateTime.now().minusHours(1)) + ".xml";
		for (String path : List.of("/rss.xml", industry.url() + "/rss.xml", "/sitemap.xml", month, "/news-sitemap.xml")) {
			MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			String etag = first.getResponse().getHeader("ETag");
			String lastModified = first.getResponse().getHeader("Last-Modified");
			assertThat(etag).as(path).isNotBlank();
			assertThat(lastModified).as(path).isNotBlank();
			mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
			mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
		}
		String etag = mvc.perform(get(month)).andReturn().getResponse().getHeader("ETag");
		publish(general, "새 기사", OffsetDateTime.now().minusMinutes(59));
		mvc.perform(get(month).header("If-None-Match", etag)).andExpect(status().isOk());
	}

	@Test
	void robotsNamesTheSitemaps() throws Exception {
		String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(robots).contains("Sitemap: " + baseUrl + "/sitemap.xml")
			.contains("Sitemap: " + baseUrl + "/news-sitemap.xml");
	}

	@Test
	void feedsAndSitemapsCostTheSameQueriesForFewOrManyStories() throws Exception {
		OffsetDateTime start = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusHours(10);
		String month = "/sitemaps/" + YearMonthName.of(start) + ".xml";
		List<String> paths = List.of("/rss.xml", industry.url() + "/rss.xml", "/sitemap.xml", month,
				"/news-sitemap.xml");
		publishMany(3, start);
		List<Integer> few = queries(paths);
		publishMany(60, start.plusMinutes(10));
		List<Integer> many = queries(paths);

		assertThat(many).isEqualTo(few);
		assertThat(few.get(0)).isLessThanOrEqualTo(4);
	}

	private List<Integer> queries(List<String> paths) throws Exception {
		List<Integer> counts = new ArrayList<>();
		for (String path : paths) {
			QueryCounting.reset();
			mvc.perform(get(path)).andExpect(status().isOk());
			counts.add(QueryCounting.count());
		}
		return counts;
	}

	private List<Long> publishMany(int count, OffsetDateTime from) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Long> bylines = List.of(hana.id(), jiwoo.id());
			Draft draft = new Draft(general.id(), "기사 " + i, null, "첫 문단 " + i + "\n\n둘째 문단", bylines, List.of());
			ids.add(desk.publishArchived(DESK, draft, from.plusSeconds(i * 7L)));
		}
		return ids;
	}

	private long publish(Section section, String headline, OffsetDateTime at) {
		Draft draft = new Draft(section.id(), headline, null, headline + "에 관한 기사.\n\n둘째 문단", List.of(hana.id()),
				List.of());
		return desk.publishArchived(DESK, draft, at.truncatedTo(ChronoUnit.SECONDS));
	}

	private String url(long id) {
		return baseUrl + "/article/" + id;
	}

	private byte[] body(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private List<String> links(String path) throws Exception {
		return children(channel(body(path)), "", "item").stream().map(item -> text(item, "", "link")).toList();
	}

	private List<String> sitemapLocs(String path) throws Exception {
		Document sitemap = XmlDocuments.parse(body(path));
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.SITEMAPS);
		return children(sitemap.getDocumentElement(), SitemapWriter.SITEMAPS, "url").stream()
			.map(url -> text(url, SitemapWriter.SITEMAPS, "loc"))
			.toList();
	}

	private List<String> newsLocs() throws Exception {
		return sitemapLocs("/news-sitemap.xml");
	}

	private static Element channel(MvcResult result) {
		return channel(result.getResponse().getContentAsByteArray());
	}

	private static Element channel(byte[] rss) {
		Document document = XmlDocuments.parse(rss);
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("rss");
		assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		return children(document.getDocumentElement(), "", "channel").get(0);
	}

	/** {@code 2026-11}: the KST month a time falls in, as sitemap files are named. */
	static final class YearMonthName {

		static String of(OffsetDateTime time) {
			return java.time.YearMonth.from(time.atZoneSameInstant(Kst.ZONE)).toString();
		}
	}
}
