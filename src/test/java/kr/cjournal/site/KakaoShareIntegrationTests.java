package kr.cjournal.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.accounts.AccountsServerTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** With a Kakao key and no YouTube channel configured, the share buttons follow the settings. */
@AccountsServerTest
class KakaoShareIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConfiguredKakaoKeyShowsTheKakaoTalkButtonAndNoChannelHidesYouTube() throws Exception {
		long id = jdbc.sql("""
				select min(a.id) from articles a
				where a.status = 'PUBLISHED' and exists (select 1 from article_photos p where p.article_id = a.id)""")
			.query(Long.class)
			.single();
		Document page = Jsoup.parse(mvc.perform(get("/article/" + id)).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#share-kakao").attr("data-kakao-key")).isEqualTo("0123abcd");
		assertThat(page.select("#share-kakao").attr("data-url")).isEqualTo("https://news.example.kr/article/" + id);
		assertThat(page.select("#share-kakao").attr("data-image")).startsWith("https://news.example.kr/media/");
		assertThat(page.select(".share-youtube")).isEmpty();
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.kr/article/" + id);
	}
}
