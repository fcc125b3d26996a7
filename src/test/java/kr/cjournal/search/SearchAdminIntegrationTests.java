package kr.cjournal.search;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.TestStories;

import static kr.cjournal.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins keep the search's words and rebuild the index with them; nobody else can. */
@NewsroomAppTest
@Import(TestStories.class)
class SearchAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStories stories;

	@Autowired
	SearchEngine search;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchWords words;

	@Test
	void synonymsAnAdminSavesFindStoriesAfterTheReindexThePageStarts() throws Exception {
		long id = stories.publish("다온칩스 차량용 반도체 양산, 완성차 3곳에 공급");
		await().atMost(Duration.ofSeconds(5)).until(() -> ids("다온칩스").contains(id));
		assertThat(ids("DaonChips")).doesNotContain(id);

		mvc.perform(post("/newsroom/admin/search/words").with(as("admin", "ADMIN"))
			.param("dictionary", "# 우리 신문이 자주 쓰는 이름\n다온칩스")
			.param("synonyms", "다온칩스, DaonChips"))
			.andExpect(redirectedUrl("/newsroom/admin/search"));
		// Kept, but not used until the index is made again with them.
		assertThat(ids("DaonChips")).doesNotContain(id);

		mvc.perform(post("/newsroom/admin/search/rebuild").with(as("admin", "ADMIN")))
			.andExpect(redirectedUrl("/newsroom/admin/search"));
		await().atMost(Duration.ofSeconds(30)).until(() -> !index.progress().running());

		assertThat(index.progress().failure()).isNull();
		assertThat(ids("DaonChips")).contains(id);
		assertThat(ids("다온칩스가")).contains(id);
		Document page = page();
		assertThat(page.select("#job-progress").text()).contains("완료");
		assertThat(page.select("#synonyms").text()).contains("다온칩스, DaonChips");
		assertThat(page.select("#search-status").text()).contains("기사");
	}

	@Test
	void aWrongLineIsNamedAndWhatWasTypedStays() throws Exception {
		String typed = "반도체산업 반도체 산업\n엔비디아 엔 디아";
		String html = mvc.perform(post("/newsroom/admin/search/words").with(as("admin", "ADMIN"))
			.param("dictionary", typed)
			.param("synonyms", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select(".alert").text()).contains("사용자 사전", "2번째 줄", "엔비디아");
		assertThat(page.select("#dictionary").first().wholeText()).isEqualTo(typed);
	}

	@Test
	void hostileTextIsRefusedWithAMessageAndNothingIsKept() throws Exception {
		String before = words.kept().dictionary();
		for (String[] typed : new String[][] { { "가".repeat(100_000), "" }, { "<script>alert(1)</script>", "" },
				{ "삼성", "a\u0000b, \u202Ec" }, { "<img src=x onerror=alert(1)>", "" } }) {
			String html = mvc.perform(post("/newsroom/admin/search/words").with(as("admin", "ADMIN"))
				.param("dictionary", typed[0])
				.param("synonyms", typed[1]))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = Jsoup.parse(html);
			assertThat(page.select(".alert").text()).as("refusal of %s", typed[0].substring(0, Math.min(30, typed[0].length())))
				.isNotBlank();
			assertThat(page.select("script:containsData(alert), img[onerror]")).isEmpty();
		}
		assertThat(words.kept().dictionary()).isEqualTo(before);
	}

	@Test
	void onlyAdminsSeeOrChangeIt() throws Exception {
		mvc.perform(get("/newsroom/admin/search").with(as("desk", "EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/admin/search/words").with(as("desk", "EDITOR")).param("dictionary", "가나다"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/admin/search/rebuild").with(as("desk", "EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/newsroom/admin/search/progress").with(as("reporter", "REPORTER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/newsroom/admin/search")).andExpect(status().is3xxRedirection());
	}

	private Document page() throws Exception {
		return Jsoup.parse(mvc.perform(get("/newsroom/admin/search").with(as("admin", "ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private java.util.List<Long> ids(String text) {
		return search.search(SearchQuery.of(text)).hits().stream().map(SearchResults.Hit::id).toList();
	}
}
