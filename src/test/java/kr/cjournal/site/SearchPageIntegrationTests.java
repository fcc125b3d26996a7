package kr.cjournal.site;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;
import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page as a reader's browser gets it, over the demo paper. The engine answers as the
 * contract says (escaped text with the query's words in mark); what the page makes of it is
 * under test here, the Lucene engine's own matching in its module.
 */
@DemoPaperTest
// The engine is a Mockito mock stubbed in each test: the index follower must not call it from its own
// thread meanwhile (a call during stubbing left search() answering null now and then).
@org.springframework.test.context.TestPropertySource(properties = "cjournal.search.follow=false")
class SearchPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	SearchEngine engine;

	List<Long> published;

	@BeforeEach
	void setUp() {
		reset(engine);
		published = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id").query(Long.class).list();
		when(engine.search(any())).thenAnswer(call -> {
			SearchQuery query = call.getArgument(0);
			return query.page() > 124 ? new SearchResults(1_234, query.page(), 10, List.of())
					: new SearchResults(1_234, query.page(), 10, hits(query.page()));
		});
	}

	private List<SearchResults.Hit> hits(int page) {
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long id = published.get(i);
			hits.add(new SearchResults.Hit(id, "삼성 소식 " + page + "-" + i, "<mark>삼성</mark> 소식 " + page + "-" + i,
					"삼성이 반도체에 투자한다", "<mark>삼성</mark>이 반도체에 &lt;투자&gt;한다",
					OffsetDateTime.parse("2026-03-02T01:30:00Z")));
		}
		return hits;
	}

	@Test
	void anEmptyQueryShowsAHintAndAsksTheEngineNothing() throws Exception {
		Document page = page("/search");

		assertThat(page.select(".search-hint").text()).startsWith("검색어를 입력해 주세요");
		assertThat(page.select(".search-result")).isEmpty();
		assertThat(page.select("#search-q").val()).isEmpty();
		verify(engine, never()).search(any());
	}

	@Test
	void resultsShowTheCountHighlightedHeadlinesSectionsAndKstDates() throws Exception {
		Document page = page("/search?q=삼성");

		assertThat(page.select(".search-count").text()).isEqualTo("'삼성' 검색 결과 1,234건");
		assertThat(page.select("#search-q").val()).isEqualTo("삼성");
		assertThat(page.select(".search-result")).hasSize(10);
		var first = page.selectFirst(".search-result");
		assertThat(first.select(".item-headline a").attr("href")).isEqualTo("/article/" + published.get(0));
		assertThat(first.select(".item-headline mark").text()).isEqualTo("삼성");
		assertThat(first.select(".search-snippet").text()).isEqualTo("삼성이 반도체에 <투자>한다");
		assertThat(first.select(".search-snippet mark").text()).isEqualTo("삼성");
		assertThat(first.select("time").text()).isEqualTo("2026-03-02 10:30");
		assertThat(first.select(".result-section").text()).isNotBlank();
		assertThat(page.select(".pager .pager-current").text()).isEqualTo("1");
		assertThat(page.select(".pager a[rel=next]").attr("href")).isEqualTo("/search?q=%EC%82%BC%EC%84%B1&page=2");
		assertThat(page.select("head meta[name=robots]").attr("content")).contains("noindex");
	}

	@Test
	void filtersReachTheEngineAsKstDaysAndTheSection() throws Exception {
		page("/search?q=반도체&section=industry/electronics&from=2024-06-01&to=2024-06-30&sort=newest&page=3");

		ArgumentCaptor<SearchQuery> asked = ArgumentCaptor.forClass(SearchQuery.class);
		verify(engine).search(asked.capture());
		SearchQuery query = asked.getValue();
		assertThat(query.text()).isEqualTo("반도체");
		assertThat(query.sectionId()).isEqualTo(
				jdbc.sql("select id from sections where slug = 'electronics'").query(Long.class).single());
		assertThat(query.from()).isEqualTo(OffsetDateTime.parse("2024-06-01T00:00:00+09:00"));
		assertThat(query.to()).isEqualTo(OffsetDateTime.parse("2024-07-01T00:00:00+09:00"));
		assertThat(query.sort()).isEqualTo(SearchQuery.Sort.NEWEST);
		assertThat(query.page()).isEqualTo(3);
		assertThat(query.size()).isEqualTo(10);
	}

	@Test
	void hostileQueriesGiveANormalPage() throws Exception {
		for (String q : List.of("\"AND (", "*:*", "가".repeat(1_000), "😀🔥", "\u0000\u0007\u001b삼성", "<script>alert(1)</script>",
				"-", "\"", "a OR b NOT c", "title:x~2^3", "\\")) {
			String html = mvc.perform(get("/search").param("q", q))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(q).doesNotContain("<script>alert(1)</script>").contains("class=\"search-count\"");
		}
		ArgumentCaptor<SearchQuery> asked = ArgumentCaptor.forClass(SearchQuery.class);
		verify(engine, atLeastOnce()).search(asked.capture());
		assertThat(asked.getAllValues()).allSatisfy(query -> {
			assertThat(query.text().length()).isLessThanOrEqualTo(SearchQuery.MAX_TEXT * 2);
			assertThat(query.text()).doesNotContain("\u0000", "\u0007", "\u001b");
		});
	}

	@Test
	void badParametersGiveANormalPage() throws Exception {
		for (String address : List.of("/search?q=삼성&from=2024-13-45&to=어제", "/search?q=삼성&page=-1",
				"/search?q=삼성&page=abc", "/search?q=삼성&section=nowhere", "/search?q=삼성&from=2024-06-30&to=2024-06-01",
				"/search?q=삼성&reporter=x&person=99999999", "/search?q=삼성&sort=%00")) {
			mvc.perform(get(address)).andExpect(status().is2xxSuccessful());
		}
	}

	@Test
	void aPagePastTheEndShowsTheLastPage() throws Exception {
		Document page = page("/search?q=삼성&page=99999");

		assertThat(page.select(".search-result")).hasSize(10);
		assertThat(page.select(".pager .pager-current").text()).isEqualTo("124");
		assertThat(page.select(".pager a[rel=next]")).isEmpty();
	}

	@Test
	void noResultsSaysSoAndOffersToDropTheFilters() throws Exception {
		doAnswer(call -> SearchResults.empty(call.getArgument(0))).when(engine).search(any());

		Document page = page("/search?q=없는말&section=finance");

		assertThat(page.select(".search-count").text()).isEqualTo("'없는말' 검색 결과 0건");
		assertThat(page.select(".search-empty").text()).contains("'없는말'에 맞는 기사를 찾지 못했습니다");
		assertThat(page.select(".search-empty a").attr("href")).isEqualTo("/search?q=%EC%97%86%EB%8A%94%EB%A7%90");
		assertThat(page.select("select[name=section] option[selected]").val()).isEqualTo("finance");
	}

	@Test
	void aKnownPersonsNameBringsTheirCard() throws Exception {
		long moon = Mentioned.personNamed(jdbc, "문지석");

		Document page = page("/search?q= 문지석 ");

		assertThat(page.select(".name-card-name a").attr("href")).isEqualTo("/people/" + moon);
		assertThat(page.select(".name-card-name").text()).isEqualTo("문지석");
		assertThat(page.select(".name-card-line").text()).isEqualTo("한울전자 대표이사 사장");
		assertThat(page.select(".name-card + .search-count")).hasSize(1);
		assertThat(page.select(".name-card-filter").attr("href"))
			.isEqualTo("/search?q=%EB%AC%B8%EC%A7%80%EC%84%9D&person=" + moon);
	}

	@Test
	void theReporterPageSearchesThatReportersStories() throws Exception {
		long reporter = jdbc.sql("select id from reporters where name = '서하나'").query(Long.class).single();

		Document page = page("/reporter/" + reporter);

		assertThat(page.select("form.reporter-search").attr("action")).isEqualTo("/search");
		assertThat(page.select("form.reporter-search input[name=reporter]").val()).isEqualTo(String.valueOf(reporter));
	}

	@Test
	void aCompanysAliasWithAParticleBringsItsCard() throws Exception {
		long bok = Mentioned.organizationNamed(jdbc, "한국은행");

		assertThat(page("/search?q=한은의").select(".name-card-name a").attr("href")).isEqualTo("/company/" + bok);
		assertThat(page("/search?q=한국은행").select(".name-card-line").text()).isEqualTo("공공기관");
		assertThat(page("/search?q=한울전자").select(".name-card-line").text()).isEqualTo("기업 · 코스피 990010");
		assertThat(page("/search?q=반도체 투자").select(".name-card")).isEmpty();
	}

	@Test
	void reporterAndPersonFiltersShowAsRemovableChips() throws Exception {
		long reporter = jdbc.sql("select id from reporters where name = '서하나'").query(Long.class).single();
		long moon = Mentioned.personNamed(jdbc, "문지석");

		Document page = page("/search?q=반도체&reporter=" + reporter + "&person=" + moon);

		assertThat(page.select(".chip-reporter").text()).startsWith("기자: 서하나");
		assertThat(page.select(".chip-reporter a").attr("href")).isEqualTo("/search?q=%EB%B0%98%EB%8F%84%EC%B2%B4&person=" + moon);
		assertThat(page.select(".chip-person").text()).startsWith("인물: 문지석");
		assertThat(page.select(".chip-person a").attr("href"))
			.isEqualTo("/search?q=%EB%B0%98%EB%8F%84%EC%B2%B4&reporter=" + reporter);
		ArgumentCaptor<SearchQuery> asked = ArgumentCaptor.forClass(SearchQuery.class);
		verify(engine).search(asked.capture());
		assertThat(asked.getValue().reporterId()).isEqualTo(reporter);
		assertThat(asked.getValue().personId()).isEqualTo(moon);
	}

	@Test
	void everyReaderPageHasTheSearchBoxInItsMasthead() throws Exception {
		Document home = page("/");

		assertThat(home.select("header.masthead form[action=/search] input[name=q]")).hasSize(1);
		assertThat(home.select("script[src=/js/search-suggest.js]")).hasSize(1);
		assertThat(page("/section/finance").select("header.masthead input[data-search-suggest]")).hasSize(1);
	}

	@Test
	void suggestionsNameMatchingPeopleAndHeadlines() throws Exception {
		when(engine.suggest(anyString(), anyInt())).thenReturn(List.of("문지석 사장, 가전 1위 목표"));
		long moon = Mentioned.personNamed(jdbc, "문지석");

		String json = mvc.perform(get("/search/suggest").param("q", "문지"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(json).contains("{\"text\":\"문지석\",\"url\":\"/people/" + moon + "\",\"kind\":\"person\"}")
			.contains("{\"text\":\"문지석 사장, 가전 1위 목표\",\"url\":\"/search?q=")
			.contains("\"kind\":\"headline\"");
		assertThat(mvc.perform(get("/search/suggest").param("q", "  ")).andReturn().getResponse().getContentAsString())
			.isEqualTo("{\"suggestions\":[]}");
	}

	private Document page(String address) throws Exception {
		String html = mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}
}
