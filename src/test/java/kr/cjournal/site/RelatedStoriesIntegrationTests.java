package kr.cjournal.site;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.search.SearchEngine;
import kr.cjournal.support.DemoPaperTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 관련 기사 at the end of the article page: the engine's related stories, or no block at all. */
@DemoPaperTest
// The engine is a Mockito mock stubbed in each test: the index follower must not call it from its own
// thread meanwhile (a call during stubbing left search() answering null now and then).
@org.springframework.test.context.TestPropertySource(properties = "cjournal.search.follow=false")
class RelatedStoriesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	SearchEngine engine;

	List<Long> published;

	@BeforeEach
	void setUp() {
		published = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id").query(Long.class).list();
	}

	@Test
	void theArticleEndsWithItsRelatedStoriesInTheEnginesOrder() throws Exception {
		long id = published.get(0);
		List<Long> related = List.of(published.get(3), id, published.get(1), published.get(2));
		when(engine.related(eq(id), anyInt())).thenReturn(related);
		String headline = jdbc.sql("select headline from articles where id = ?").params(published.get(3))
			.query(String.class)
			.single();

		Document page = page("/article/" + id);

		assertThat(page.select("#related-articles-title").text()).isEqualTo("관련 기사");
		assertThat(page.select(".related-list a")).extracting(a -> a.attr("href"))
			.containsExactly("/article/" + published.get(3), "/article/" + published.get(1),
					"/article/" + published.get(2));
		assertThat(page.select(".related-list a").first().text()).isEqualTo(headline);
		assertThat(page.select(".related-list time").first().text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		verify(engine).related(eq(id), eq(5));
	}

	@Test
	void noRelatedStoriesMeansNoBlock() throws Exception {
		when(engine.related(anyLong(), anyInt())).thenReturn(List.of());

		Document page = page("/article/" + published.get(1));

		assertThat(page.select(".related-articles")).isEmpty();
		assertThat(page.text()).doesNotContain("관련 기사");
	}

	@Test
	void thePrintViewDoesNotAskForRelatedStories() throws Exception {
		page("/article/" + published.get(2) + "/print");

		verify(engine, never()).related(anyLong(), anyInt());
	}

	private Document page(String address) throws Exception {
		return Jsoup.parse(mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
