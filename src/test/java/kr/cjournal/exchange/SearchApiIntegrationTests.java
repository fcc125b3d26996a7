package kr.cjournal.exchange;

import java.time.OffsetDateTime;
import java.util.List;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/v1/search as a program sees it: the JSON shape, and a 400 naming a bad parameter. */
@DemoPaperTest
// The engine is a Mockito mock stubbed in each test: the index follower must not call it from its own
// thread meanwhile (a call during stubbing left search() answering null now and then).
@org.springframework.test.context.TestPropertySource(properties = "cjournal.search.follow=false")
class SearchApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@MockitoBean
	SearchEngine engine;

	@BeforeEach
	void setUp() {
		when(engine.search(any())).thenAnswer(call -> {
			SearchQuery query = call.getArgument(0);
			return new SearchResults(23, query.page(), query.size(),
					List.of(new SearchResults.Hit(41, "한울전자, HBM 증설", "한울전자, <mark>HBM</mark> 증설", "HBM 라인을 늘린다",
							"<mark>HBM</mark> 라인을 늘린다", OffsetDateTime.parse("2026-03-02T01:30:00Z"))));
		});
	}

	@Test
	void answersTheTotalAndPlainResultsWithKstTimes() throws Exception {
		JsonNode body = body("/api/v1/search?q=HBM", 200);

		assertThat(body.path("total").asLong()).isEqualTo(23);
		JsonNode first = body.path("results").get(0);
		assertThat(first.path("id").asLong()).isEqualTo(41);
		assertThat(first.path("title").asString()).isEqualTo("한울전자, HBM 증설");
		assertThat(first.path("snippet").asString()).isEqualTo("HBM 라인을 늘린다");
		assertThat(first.path("publishedAt").asString()).isEqualTo("2026-03-02T10:30:00+09:00");
		assertThat(first.propertyNames()).containsExactly("id", "title", "snippet", "publishedAt");
	}

	@Test
	void passesPageSectionDatesAndSortToTheEngine() throws Exception {
		body("/api/v1/search?q=반도체&page=2&section=industry&from=2024-06-01&to=2024-06-30&sort=newest", 200);

		ArgumentCaptor<SearchQuery> asked = ArgumentCaptor.forClass(SearchQuery.class);
		verify(engine).search(asked.capture());
		SearchQuery query = asked.getValue();
		assertThat(query.page()).isEqualTo(2);
		assertThat(query.size()).isEqualTo(10);
		assertThat(query.sectionId())
			.isEqualTo(jdbc.sql("select id from sections where slug = 'industry'").query(Long.class).single());
		assertThat(query.from()).isEqualTo(OffsetDateTime.parse("2024-06-01T00:00:00+09:00"));
		assertThat(query.to()).isEqualTo(OffsetDateTime.parse("2024-07-01T00:00:00+09:00"));
		assertThat(query.sort()).isEqualTo(SearchQuery.Sort.NEWEST);
	}

	@Test
	void relevanceIsTheDefaultOrder() throws Exception {
		body("/api/v1/search?q=반도체", 200);

		ArgumentCaptor<SearchQuery> asked = ArgumentCaptor.forClass(SearchQuery.class);
		verify(engine).search(asked.capture());
		assertThat(asked.getValue().sort()).isEqualTo(SearchQuery.Sort.RELEVANCE);
		assertThat(asked.getValue().page()).isEqualTo(1);
	}

	@Test
	void aBadParameterIsA400NamingIt() throws Exception {
		assertThat(body("/api/v1/search?q=a&from=2024-13-45", 400).path("field").asString()).isEqualTo("from");
		assertThat(body("/api/v1/search?q=a&from=yesterday", 400).path("field").asString()).isEqualTo("from");
		assertThat(body("/api/v1/search?q=a&to=2024/06/01", 400).path("field").asString()).isEqualTo("to");
		assertThat(body("/api/v1/search?q=a&from=2024-06-30&to=2024-06-01", 400).path("field").asString())
			.isEqualTo("to");
		assertThat(body("/api/v1/search?q=a&page=0", 400).path("field").asString()).isEqualTo("page");
		assertThat(body("/api/v1/search?q=a&page=-1", 400).path("field").asString()).isEqualTo("page");
		assertThat(body("/api/v1/search?q=a&page=99999", 400).path("field").asString()).isEqualTo("page");
		assertThat(body("/api/v1/search?q=a&section=nowhere", 400).path("field").asString()).isEqualTo("section");
		JsonNode sort = body("/api/v1/search?q=a&sort=oldest", 400);
		assertThat(sort.path("field").asString()).isEqualTo("sort");
		assertThat(sort.path("error").asString()).isEqualTo("bad_parameter");
		assertThat(sort.path("message").asString()).contains("newest");
		verify(engine, never()).search(any());
	}

	@Test
	void anEmptyQueryFindsNothingAndAnyTextIsText() throws Exception {
		JsonNode empty = body("/api/v1/search?q=", 200);
		assertThat(empty.path("total").asLong()).isZero();
		assertThat(empty.path("results").isArray()).isTrue();
		verify(engine, never()).search(any());

		for (String q : List.of("\"AND (", "*:*", "가".repeat(1_000), "\u0000\u001b")) {
			mvc.perform(get("/api/v1/search").param("q", q)).andExpect(status().isOk());
		}
	}

	private JsonNode body(String address, int expected) throws Exception {
		String text = mvc.perform(get(address))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(text);
	}
}
