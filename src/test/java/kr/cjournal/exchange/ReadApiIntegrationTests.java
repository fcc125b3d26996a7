package kr.cjournal.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.Directory;
import kr.cjournal.support.Mentioned;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.QueryCounting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read API over stories this test publishes into a section and subsection of its own, by a
 * reporter of its own, at fixed KST times (three at the same second, to test the keyset's tie).
 */
@NewsroomAppTest
@Import(QueryCounting.class)
class ReadApiIntegrationTests {

	private static final Actor DESK = new Actor("admin", Set.of(Role.EDITOR, Role.ADMIN));

	private static final ZoneOffset KST = ZoneOffset.ofHours(9);

	@Autowired
	MockMvc mvc;

	@Autowired
	Desk desk;

	@Autowired
	Sections sections;

	@Autowired
	Reporters reporters;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	Section top;

	Section sub;

	Reporter mine;

	Reporter other;

	/** Newest first, as the API should list them. */
	List<Long> all = new ArrayList<>();

	long inSub;

	long byOther;

	long lateOnMay2;

	long earlyOnMay3;

	long personId;

	long mentioning;

	@BeforeEach
	void publish() {
		String slug = "readapi-" + Long.toString(System.nanoTime(), 36);
		top = sections.add(DESK, null, slug, "읽기시험");
		sub = sections.add(DESK, top.id(), "general", "읽기일반");
		mine = reporters.create("읽기기자", "read" + System.nanoTime() + "@cjournal.example");
		other = reporters.create("다른기자", "other" + System.nanoTime() + "@cjournal.example");
		OffsetDateTime tie = OffsetDateTime.of(2019, 5, 1, 12, 0, 0, 0, KST);
		List<Long> oldestFirst = new ArrayList<>();
		oldestFirst.add(story(top, mine, "첫째", tie));
		oldestFirst.add(story(top, mine, "둘째", tie));
		oldestFirst.add(story(top, mine, "셋째", tie));
		lateOnMay2 = story(top, mine, "5월 2일 밤", OffsetDateTime.of(2019, 5, 2, 23, 59, 0, 0, KST));
		oldestFirst.add(lateOnMay2);
		earlyOnMay3 = story(top, mine, "5월 3일 새벽", OffsetDateTime.of(2019, 5, 3, 0, 1, 0, 0, KST));
		oldestFirst.add(earlyOnMay3);
		inSub = story(sub, mine, "하위 섹션", OffsetDateTime.of(2019, 5, 4, 9, 0, 0, 0, KST));
		oldestFirst.add(inSub);
		byOther = story(top, other, "다른 기자", OffsetDateTime.of(2019, 5, 5, 9, 0, 0, 0, KST));
		oldestFirst.add(byOther);
		for (int i = oldestFirst.size() - 1; i >= 0; i--) {
			all.add(oldestFirst.get(i));
		}
		personId = directory.addPerson("읽기인물" + System.nanoTime() % 100000, null, null, null, null).id();
		mentioning = lateOnMay2;
		Mentioned.person(jdbc, mentioning, personId);
		Mentioned.person(jdbc, inSub, personId);
	}

	private long story(Section section, Reporter reporter, String headline, OffsetDateTime at) {
		String body = headline + " 읽기 API 시험 기사다. 본문을 충분히 길게 적어 둔다.\n\n두 번째 문단은 배경을 설명한다.";
		return desk.publishArchived(DESK, new Draft(section.id(), "읽기 " + headline, null, body, List.of(reporter.id()),
				List.of()), at);
	}

	@Test
	void aSectionWalkedTwoAtATimeVisitsEachOfItsStoriesOnceNewestFirstSubsectionsIncluded() throws Exception {
		assertThat(walk("section=" + top.path(), 2)).containsExactlyElementsOf(all);
		assertThat(walk("section=" + sub.path(), 2)).containsExactly(inSub);
	}

	@Test
	void theWholeArchiveWalkedAHundredAtATimeHoldsEveryStoryOnceNewestFirst() throws Exception {
		List<JsonNode> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = page("limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
			page.get("articles").forEach(seen::add);
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);
		List<Long> ids = seen.stream().map(n -> n.get("id").asLong()).toList();
		assertThat(ids).doesNotHaveDuplicates().containsAll(all);
		List<String> times = seen.stream().map(n -> n.get("publishedAt").asString()).toList();
		for (int i = 1; i < times.size(); i++) {
			assertThat(OffsetDateTime.parse(times.get(i))).isBeforeOrEqualTo(OffsetDateTime.parse(times.get(i - 1)));
		}
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		String section = "section=" + top.path();
		assertThat(walk(section + "&reporter=" + other.id(), 100)).containsExactly(byOther);
		assertThat(walk("reporter=" + mine.id(), 100)).containsExactlyElementsOf(all.subList(1, all.size()));
		assertThat(walk("person=" + personId, 100)).containsExactly(inSub, mentioning);
		assertThat(walk(section + "&person=" + personId + "&from=2019-05-03", 100)).containsExactly(inSub);
		// KST days, both ends inclusive: 23:59 on the 2nd is the 2nd, 00:01 on the 3rd is the 3rd
		assertThat(walk(section + "&from=2019-05-02&to=2019-05-02", 100)).containsExactly(lateOnMay2);
		assertThat(walk(section + "&from=2019-05-03&to=2019-05-03", 100)).containsExactly(earlyOnMay3);
		assertThat(walk(section + "&to=2019-05-01", 100)).containsExactlyElementsOf(all.subList(4, 7));

		JsonNode first = page(section + "&limit=1").get("articles").get(0);
		assertThat(first.get("id").asLong()).isEqualTo(byOther);
		assertThat(first.get("uri").asString()).as("the ninjs uri").matches("https?://[^/]+/article/" + byOther);
		assertThat(first.get("headline").asString()).isEqualTo("읽기 다른 기자");
		assertThat(first.get("section").asString()).isEqualTo(top.path());
		assertThat(first.get("publishedAt").asString()).isEqualTo("2019-05-05T09:00:00+09:00");
		assertThat(first.get("bylines").get(0).asString()).isEqualTo("다른기자");
		assertThat(page("section=" + sub.path()).get("articles").get(0).get("section").asString()).isEqualTo(sub.path());
	}

	@Test
	void badValuesAre400NamingTheField() throws Exception {
		String[][] cases = { { "limit=0", "limit" }, { "limit=101", "limit" }, { "limit=열", "limit" },
				{ "section=no-such-section", "section" }, { "reporter=abc", "reporter" }, { "reporter=999999999", "reporter" },
				{ "person=x", "person" }, { "person=999999999", "person" }, { "from=2019-13-01", "from" },
				{ "to=yesterday", "to" }, { "from=2019-05-03&to=2019-05-01", "to" }, { "cursor=%%%", "cursor" },
				{ "cursor=bm9wZQ", "cursor" } };
		for (String[] bad : cases) {
			mvc.perform(get("/api/v1/articles?" + bad[0]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value(bad[1]))
				.andExpect(jsonPath("$.error").isNotEmpty());
		}
		mvc.perform(get("/api/v1/people?cursor=bm9wZQ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cursor"));
		mvc.perform(get("/api/v1/people?limit=500")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("limit"));
	}

	@Test
	void everyListIsPublicForAMinuteAndAMatchingETagIs304() throws Exception {
		for (String url : List.of("/api/v1/articles?section=" + top.path(), "/api/v1/sections", "/api/v1/reporters",
				"/api/v1/people")) {
			MvcResult first = mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=60, public"))
				.andExpect(header().doesNotExist("Set-Cookie"))
				.andReturn();
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).startsWith("W/\"");
			mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
		}
		String url = "/api/v1/articles?section=" + top.path();
		String before = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
		desk.unpublish(DESK, byOther, "시험으로 출고를 취소한다");
		mvc.perform(get(url).header("If-None-Match", before)).andExpect(status().isOk());
		assertThat(walk("section=" + top.path(), 100)).doesNotContain(byOther);
	}

	@Test
	void sectionsReportersAndPeopleComeFromTheirOwners() throws Exception {
		JsonNode tree = json.readTree(mvc.perform(get("/api/v1/sections")).andReturn().getResponse().getContentAsByteArray());
		JsonNode node = null;
		for (JsonNode section : tree.get("sections")) {
			if (section.get("path").asString().equals(top.path())) {
				node = section;
			}
		}
		assertThat(node).isNotNull();
		assertThat(node.get("name").asString()).isEqualTo("읽기시험");
		assertThat(node.get("children").get(0).get("path").asString()).isEqualTo(top.path() + "/general");
		assertThat(node.get("children").get(0).get("slug").asString()).isEqualTo("general");

		String reportersJson = mvc.perform(get("/api/v1/reporters")).andReturn().getResponse().getContentAsString();
		assertThat(reportersJson).contains("\"url\":\"/reporter/" + mine.id() + "\"").doesNotContain("@cjournal.example");

		List<Long> people = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = json.readTree(mvc.perform(get("/api/v1/people?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)))
				.andReturn().getResponse().getContentAsByteArray());
			page.get("people").forEach(p -> {
				people.add(p.get("id").asLong());
				assertThat(p.get("url").asString()).isEqualTo("/people/" + p.get("id").asLong());
			});
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);
		assertThat(people).doesNotHaveDuplicates().isSorted().contains(personId);
	}

	@Test
	void aPageCostsTheSameQueriesHoweverLongAndHoweverFiltered() throws Exception {
		String filters = "section=" + top.path() + "&reporter=" + mine.id() + "&person=" + personId + "&from=2019-01-01&to=2019-12-31";
		QueryCounting.reset();
		page("limit=1");
		int one = QueryCounting.count();
		QueryCounting.reset();
		page("limit=100");
		int hundred = QueryCounting.count();
		QueryCounting.reset();
		page(filters + "&limit=100");
		int filtered = QueryCounting.count();
		assertThat(hundred).isEqualTo(one).isLessThanOrEqualTo(3);
		assertThat(filtered).isLessThanOrEqualTo(6);
	}

	private JsonNode page(String query) throws Exception {
		byte[] body = mvc.perform(get("/api/v1/articles?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return json.readTree(body);
	}

	private List<Long> walk(String query, int limit) throws Exception {
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = page(query + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
			page.get("articles").forEach(n -> ids.add(n.get("id").asLong()));
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
			assertThat(++pages).isLessThan(10_000);
		}
		while (cursor != null);
		return ids;
	}
}
