package kr.cjournal.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;
import kr.cjournal.support.QueryCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page costs the same few queries however many photos an article has and however many
 * articles the paper holds: no query per row. The page cache is off so every request builds.
 */
@DemoPaperTest
class PageQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theArticlePageCostsFiveQueriesWhateverItsPhotosAndTheArchive() throws Exception {
		long id = jdbc.sql("select min(id) from articles").query(Long.class).single();
		int before = queriesFor("/article/" + id);

		addPhotos(id, 8);
		addArticles(60);
		int after = queriesFor("/article/" + id);

		// article, bylines, photos, latest articles, and the related stories' summaries (the demo paper has some)
		assertThat(before).isEqualTo(5);
		assertThat(after).isEqualTo(before);
		// the print view shows no related stories
		assertThat(queriesFor("/article/" + id + "/print")).isEqualTo(4);
	}

	@Test
	void homeSectionAndReporterPagesCostAFixedNumberOfQueries() throws Exception {
		int home = queriesFor("/");
		int section = queriesFor("/section/industry");
		int reporter = queriesFor("/reporter/1");

		addArticles(60);

		// One of the home page's four queries is the stored comment counts of every story on it.
		assertThat(queriesFor("/")).isEqualTo(home).isEqualTo(4);
		// A section list adds one query for its stories' stored comment counts (a reporter's list
		// too, when it has stories; reporter 1 lists none here).
		assertThat(queriesFor("/section/industry")).isEqualTo(section).isEqualTo(3);
		assertThat(queriesFor("/reporter/1")).isEqualTo(reporter).isEqualTo(3);
	}

	@Test
	void personAndCompanyPagesCostTheSameWithOneOrThirtyStories() throws Exception {
		long person = Mentioned.personNamed(jdbc, "문지석");
		long other = Mentioned.personNamed(jdbc, "정태오");
		long company = Mentioned.organizationNamed(jdbc, "한울전자");
		List<Long> articles = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id limit 30")
			.query(Long.class)
			.list();
		try {
			Mentioned.person(jdbc, articles.get(0), person);
			Mentioned.person(jdbc, articles.get(0), other);
			Mentioned.organization(jdbc, articles.get(0), company);
			int personPage = queriesFor("/people/" + person);
			int companyPage = queriesFor("/company/" + company);

			for (long article : articles.subList(1, 30)) {
				Mentioned.person(jdbc, article, person);
				Mentioned.person(jdbc, article, other);
				Mentioned.organization(jdbc, article, company);
			}

			assertThat(queriesFor("/people/" + person)).isEqualTo(personPage).isEqualTo(7);
			assertThat(queriesFor("/people/" + person + "?page=2")).isEqualTo(personPage);
			assertThat(queriesFor("/company/" + company)).isEqualTo(companyPage).isEqualTo(7);
		}
		finally {
			jdbc.sql("delete from mentions").update();
		}
	}

	private int queriesFor(String url) throws Exception {
		QueryCounting.reset();
		mvc.perform(get(url)).andExpect(status().isOk());
		return QueryCounting.count();
	}

	private void addPhotos(long articleId, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into article_photos (article_id, position, media_key, width, height, caption, alt)
					select article_id, position + ?, media_key, width, height, caption, alt
					from article_photos where article_id = ? and position = 0""")
				.params(100 + i, articleId)
				.update();
		}
	}

	private void addArticles(int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into articles (section_id, headline, subtitle, body_html, summary, status, published_at)
					select section_id, headline, subtitle, body_html, summary, status, published_at
					from articles where id = (select min(id) from articles)""")
				.update();
		}
	}

}
