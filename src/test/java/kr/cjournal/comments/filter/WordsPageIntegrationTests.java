package kr.cjournal.comments.filter;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.Staff;
import kr.cjournal.support.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /newsroom/comments/words}: moderators extend the filter without a restart. */
@CommentsAppTest
class WordsPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CleanFilter filter;

	private String verdict(String text) throws Exception {
		String body = mvc.perform(post("/api/v1/comments/screen").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + text + "\"}")
			.with(Staff.as("words-mod", "MODERATOR"))).andReturn().getResponse().getContentAsString();
		return body.contains("\"abusive\"") ? "abusive" : "clean";
	}

	private Document page(String username) throws Exception {
		return Jsoup.parse(mvc.perform(get("/newsroom/comments/words").with(Staff.as(username, "MODERATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void anAddedWordIsBlockedAtOnceAndLoggedAndRemovingItLetsItPass() throws Exception {
		String word = "펭귄대감" + Long.toString(System.nanoTime() % 10_000, 36).replaceAll("[0-9]", "");
		assertThat(verdict("이 " + word + "아")).isEqualTo("clean");
		mvc.perform(post("/newsroom/comments/words").param("word", word).param("list", "BLOCK").param("category", "INSULT")
			.with(Staff.as("words-mod", "MODERATOR"))).andExpect(redirectedUrl("/newsroom/comments/words"));
		assertThat(verdict("이 " + word + "아")).isEqualTo("abusive");
		Document shown = page("words-mod");
		assertThat(shown.select("table.filter-words tr:contains(" + word + ")").text()).contains("words-mod", "막기 · 비하");
		assertThat(jdbc.sql("select count(*) from moderation_log where action = 'FILTER_WORD_ADDED' and reason = ? and moderator = 'words-mod'")
			.params(word).query(Long.class).single()).isEqualTo(1);
		long id = jdbc.sql("select id from filter_words where word = ?").params(word).query(Long.class).single();
		mvc.perform(post("/newsroom/comments/words/" + id + "/delete").with(Staff.as("words-mod", "MODERATOR")))
			.andExpect(redirectedUrl("/newsroom/comments/words"));
		assertThat(verdict("이 " + word + "아")).isEqualTo("clean");
		assertThat(jdbc.sql("select count(*) from moderation_log where action = 'FILTER_WORD_REMOVED' and reason = ?")
			.params(word).query(Long.class).single()).isEqualTo(1);
		// The moderators' log names both steps in Korean, like its own actions.
		Document log = Jsoup.parse(mvc.perform(get("/newsroom/comments/log").with(Staff.as("words-mod", "MODERATOR")))
			.andReturn().getResponse().getContentAsString());
		assertThat(log.select("tr:contains(" + word + ")").eachText())
			.anySatisfy(row -> assertThat(row).contains("클린필터 단어 추가"))
			.anySatisfy(row -> assertThat(row).contains("클린필터 단어 삭제"));
	}

	@Test
	void anAllowedWordLetsAMatchPass() throws Exception {
		assertThat(verdict("시발 택시기념관")).isEqualTo("abusive");
		mvc.perform(post("/newsroom/comments/words").param("word", "시발 택시기념관").param("list", "ALLOW")
			.with(Staff.as("words-mod", "MODERATOR")));
		assertThat(verdict("시발 택시기념관에 갔다")).isEqualTo("clean");
		jdbc.sql("delete from filter_words where word = ?").params("시발 택시기념관").update();
		filter.rebuild();
		assertThat(verdict("시발 택시기념관에 갔다")).isEqualTo("abusive");
	}

	@Test
	void aWordAddedOnAnotherNodeIsPickedUpByTheScheduledCheck() throws Exception {
		String word = "너구리대감";
		jdbc.sql("insert into filter_words (word, list_name, category, added_by) values (?, 'BLOCK', 'INSULT', 'other-node')")
			.params(word).update();
		filter.refresh();
		assertThat(filter.screen("이 너구리대감아").abusive()).isTrue();
		jdbc.sql("delete from filter_words where word = ?").params(word).update();
		filter.refresh();
		assertThat(filter.screen("이 너구리대감아").abusive()).isFalse();
	}

	@Test
	void badWordsAreRefusedWithAKoreanMessage() throws Exception {
		for (String bad : List.of("", "   ", "!!!", "가".repeat(61))) {
			var flash = mvc.perform(post("/newsroom/comments/words").param("word", bad).param("list", "BLOCK")
				.with(Staff.as("words-mod", "MODERATOR"))).andExpect(redirectedUrl("/newsroom/comments/words"))
				.andReturn().getFlashMap();
			assertThat((String) flash.get("alert")).as(bad).isNotBlank();
		}
		mvc.perform(post("/newsroom/comments/words").param("word", "고슴도치대감").param("list", "BLOCK")
			.with(Staff.as("words-mod", "MODERATOR")));
		var twice = mvc.perform(post("/newsroom/comments/words").param("word", "고슴도치대감").param("list", "BLOCK")
			.with(Staff.as("words-mod", "MODERATOR"))).andReturn().getFlashMap();
		assertThat((String) twice.get("alert")).contains("이미");
	}

	@Test
	void reportersEditorsAndReadersCannotOpenOrChangeTheWords() throws Exception {
		for (String role : List.of("REPORTER", "EDITOR")) {
			mvc.perform(get("/newsroom/comments/words").with(Staff.as("words-" + role, role))).andExpect(status().isForbidden());
			mvc.perform(post("/newsroom/comments/words").param("word", "해달대감").param("list", "ALLOW")
				.with(Staff.as("words-" + role, role))).andExpect(status().isForbidden());
			mvc.perform(post("/newsroom/comments/words/test").param("text", "씨발").with(Staff.as("words-" + role, role)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/newsroom/comments/words").with(Staff.as("words-reader", "READER"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from filter_words where word = '해달대감'").query(Long.class).single()).isZero();
	}

	@Test
	void theTesterShowsTheVerdict() throws Exception {
		Document abusive = Jsoup.parse(mvc.perform(post("/newsroom/comments/words/test").param("text", "주가 ㅅ1발")
			.with(Staff.as("words-mod", "MODERATOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(abusive.select(".filter-verdict.abusive").text()).contains("걸림", "ㅅ1발", "욕설");
		assertThat(abusive.select("#filter-test").text()).isEqualTo("주가 ㅅ1발");
		Document clean = Jsoup.parse(mvc.perform(post("/newsroom/comments/words/test").param("text", "수박씨 발라 먹기")
			.with(Staff.as("words-mod", "MODERATOR"))).andReturn().getResponse().getContentAsString());
		assertThat(clean.select(".filter-verdict.clean").text()).contains("통과");
	}

	@Test
	void hostileWordsAndTestedTextsRenderEscaped() throws Exception {
		List<String> payloads = XssPayloads.upTo(FilterWords.MAX_WORD);
		int n = 0;
		for (String payload : payloads) {
			if (n++ % 4 != 0) {
				continue;
			}
			mvc.perform(post("/newsroom/comments/words").param("word", payload).param("list", "ALLOW")
				.with(Staff.as("words-xss", "MODERATOR")));
		}
		String html = mvc.perform(get("/newsroom/comments/words").with(Staff.as("words-xss", "MODERATOR")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("[onerror], [onload], [onmouseover], [onfocus], [onclick], svg, iframe, object, embed")).isEmpty();
		for (String payload : XssPayloads.all().subList(0, 80)) {
			String tested = mvc.perform(post("/newsroom/comments/words/test").param("text", "씨발 " + payload)
				.with(Staff.as("words-xss", "MODERATOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			Document shown = Jsoup.parse(tested);
			assertThat(shown.select("script")).as(payload).isEmpty();
			assertThat(shown.select("[onerror], [onload], [onmouseover], [onfocus], svg, iframe")).as(payload).isEmpty();
			assertThat(shown.select("#filter-test").text()).as(payload).startsWith("씨발");
		}
		mvc.perform(post("/api/v1/comments/screen").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"<script>alert(1)</script> 씨발\"}")
			.with(Staff.as("words-xss", "MODERATOR"))).andExpect(jsonPath("$.verdict").value("abusive"));
		// The tests share one database: leave no allowed words behind for the others.
		jdbc.sql("delete from filter_words where added_by = 'words-xss'").update();
		filter.rebuild();
	}
}
