package kr.cjournal.site;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.search.SearchEngine;
import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page, the related stories and the JSON search over the demo paper with the real
 * engine, once the index follower has put the demo stories in.
 */
@DemoPaperTest
class SearchWithTheEngineIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchEngine engine;


	@BeforeEach
	void waitForTheIndex() throws InterruptedException {
		long published = jdbc.sql("select count(*) from articles where status = 'PUBLISHED'").query(Long.class).single();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (engine.size() < published && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(engine.size()).as("stories in the index").isGreaterThanOrEqualTo(published);
	}

	@Test
	void aDemoStoryIsFoundWithItsWordMarked() throws Exception {
		long hbm = jdbc.sql("select id from articles where headline like '%HBM4%' and status = 'PUBLISHED'")
			.query(Long.class)
			.list()
			.get(0);

		Document page = page("/search?q=HBM4");

		assertThat(page.select(".search-count").text()).matches("'HBM4' 검색 결과 [0-9,]+건").doesNotContain("결과 0건");
		assertThat(page.select(".search-result .item-headline a")).extracting(a -> a.attr("href"))
			.contains("/article/" + hbm);
		assertThat(page.select(".search-result mark")).isNotEmpty();
	}

	@Test
	void hostileQueriesGiveANormalPageWithTheRealEngine() throws Exception {
		for (String q : List.of("\"AND (", "*:*", "가".repeat(1_000), "😀", "\u0000\u0007", "-", "\"\"", "title:(x", "\\")) {
			mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
			mvc.perform(get("/api/v1/search").param("q", q)).andExpect(status().isOk());
		}
	}

	@Test
	void aKnownNameBringsItsCardAboveTheResults() throws Exception {
		long moon = Mentioned.personNamed(jdbc, "문지석");

		Document page = page("/search?q=문지석");

		assertThat(page.select(".name-card-name a").attr("href")).isEqualTo("/people/" + moon);
		assertThat(page.select(".search-result")).isNotEmpty();
	}

	@Test
	void theApiAnswersTheSameSearchAsJson() throws Exception {
		String json = mvc.perform(get("/api/v1/search").param("q", "HBM4"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(json).startsWith("{\"total\":").contains("\"results\":[{\"id\":").contains("\"title\":")
			.contains("\"snippet\":").containsPattern("\"publishedAt\":\"20[0-9-]+T[0-9:.]+\\+09:00\"");
	}

	@Test
	void anArticlesRelatedStoriesAreOtherPublishedStories() throws Exception {
		long id = jdbc.sql("select id from articles where headline like '%HBM4%' and status = 'PUBLISHED'")
			.query(Long.class)
			.list()
			.get(0);

		Document page = page("/article/" + id);

		assertThat(page.select(".related-list a")).isNotEmpty().hasSizeLessThanOrEqualTo(5)
			.allSatisfy(a -> assertThat(a.attr("href")).startsWith("/article/").isNotEqualTo("/article/" + id));
	}

	private Document page(String address) throws Exception {
		return Jsoup.parse(mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
