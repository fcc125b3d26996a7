package kr.cjournal.site;

import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Person and company pages with the stories that mention them, as a reader's browser gets them. */
@DemoPaperTest
class PersonPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	List<Long> articles;

	long moon;

	long jung;

	long electronics;

	@BeforeEach
	void setUp() {
		jdbc.sql("delete from mentions").update();
		articles = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id").query(Long.class).list();
		moon = Mentioned.personNamed(jdbc, "문지석");
		jung = Mentioned.personNamed(jdbc, "정태오");
		electronics = Mentioned.organizationNamed(jdbc, "한울전자");
	}

	@AfterEach
	void forget() {
		jdbc.sql("delete from mentions").update();
	}

	@Test
	void thePersonPageListsTheStoriesNamingThemWithTheTitleHeldThen() throws Exception {
		long old = articles.get(0);
		long recent = articles.get(1);
		Mentioned.person(jdbc, old, moon);
		Mentioned.person(jdbc, old, moon);
		Mentioned.person(jdbc, recent, moon);
		Mentioned.publishedAt(jdbc, old, OffsetDateTime.parse("2022-05-02T10:00:00+09:00"));
		Mentioned.publishedAt(jdbc, recent, OffsetDateTime.parse("2025-02-03T10:00:00+09:00"));
		String oldHeadline = headline(old);

		Document page = page("/people/" + moon);

		assertThat(page.select("#stories-title").text()).isEqualTo("관련 기사 2건");
		List<Element> items = page.select(".mention-list .article-item");
		assertThat(items).extracting(item -> item.selectFirst("a[href]").attr("href"))
			.containsExactly("/article/" + recent, "/article/" + old);
		assertThat(items.get(1).select(".item-headline").text()).isEqualTo(oldHeadline);
		assertThat(items.get(1).select(".role-then").text()).isEqualTo("당시 부사장 · 현 대표이사 사장");
		assertThat(items.get(0).select(".role-then")).isEmpty();
		assertThat(items.get(1).select("time").text()).isEqualTo("2022-05-02 10:00");
	}

	@Test
	void aPersonWithoutStoriesSaysSo() throws Exception {
		Document page = page("/people/" + moon);

		assertThat(page.select("#stories-title + p.empty").text()).isEqualTo("아직 이 인물을 다룬 기사가 없습니다.");
		assertThat(page.select("#co-mentioned-title")).isEmpty();
	}

	@Test
	void storiesArePagedTwentyAtATime() throws Exception {
		for (long article : articles.subList(0, 25)) {
			Mentioned.person(jdbc, article, jung);
		}

		Document first = page("/people/" + jung);
		Document second = page("/people/" + jung + "?page=2");

		assertThat(first.select(".mention-list .article-item")).hasSize(20);
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/people/" + jung + "?page=2");
		assertThat(second.select(".mention-list .article-item")).hasSize(5);
		assertThat(second.select("link[rel=canonical]").attr("href")).endsWith("/people/" + jung + "?page=2");
		List<String> times = first.select(".mention-list time").eachAttr("datetime");
		assertThat(times).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
		mvc.perform(get("/people/" + jung + "?page=3")).andExpect(status().isNotFound());
		mvc.perform(get("/people/" + jung + "?page=0")).andExpect(status().isBadRequest());
	}

	@Test
	void peopleNamedInTheSameStoriesAreListedWithCounts() throws Exception {
		long bae = Mentioned.personNamed(jdbc, "배윤호");
		for (long article : articles.subList(0, 3)) {
			Mentioned.person(jdbc, article, jung);
			Mentioned.person(jdbc, article, moon);
		}
		Mentioned.person(jdbc, articles.get(3), jung);
		Mentioned.person(jdbc, articles.get(3), bae);

		Document page = page("/people/" + jung);

		assertThat(page.select(".co-mentioned li")).extracting(Element::text).containsExactly("문지석 3건", "배윤호 1건");
		assertThat(page.select(".co-mentioned a").first().attr("href")).isEqualTo("/people/" + moon);
	}

	@Test
	void theCompanyPageListsItsStoriesPaged() throws Exception {
		for (long article : articles.subList(0, 21)) {
			Mentioned.organization(jdbc, article, electronics);
		}

		Document first = page("/company/" + electronics);
		Document second = page("/company/" + electronics + "?page=2");

		assertThat(first.select("#stories-title").text()).isEqualTo("관련 기사 21건");
		assertThat(first.select(".article-item")).hasSize(20);
		assertThat(second.select(".article-item")).hasSize(1);
		List<String> shown = new java.util.ArrayList<>(first.select(".item-headline a").eachAttr("href"));
		shown.addAll(second.select(".item-headline a").eachAttr("href"));
		assertThat(shown).containsExactlyInAnyOrderElementsOf(
				articles.subList(0, 21).stream().map(id -> "/article/" + id).toList());
		assertThat(first.select("script[type=application/ld+json]").first().data()).contains("\"Organization\"");
	}

	@Test
	void aStoryNoLongerPublishedLeavesThePersonPage() throws Exception {
		Mentioned.person(jdbc, articles.get(0), moon);
		Mentioned.person(jdbc, articles.get(1), moon);
		jdbc.sql("update articles set status = 'UNPUBLISHED' where id = ?").params(articles.get(0)).update();
		try {
			Document page = page("/people/" + moon);

			assertThat(page.select(".mention-list a.thumb, .mention-list .item-headline a").eachAttr("href"))
				.doesNotContain("/article/" + articles.get(0));
		}
		finally {
			jdbc.sql("update articles set status = 'PUBLISHED' where id = ?").params(articles.get(0)).update();
		}
	}

	private String headline(long article) {
		return jdbc.sql("select headline from articles where id = ?").params(article).query(String.class).single();
	}

	private Document page(String url) throws Exception {
		String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}
}
