package kr.cjournal.newsroom;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.support.DemoPaperTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A database from an earlier version, whose summaries show link targets, gets them made again. */
@DemoPaperTest
class StorySummaryMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Articles articles;

	@Test
	void summariesStoredWithLinkTargetsAreMadeAgainFromTheMarkdown() throws Exception {
		List<Long> ids = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id").query(Long.class).list();
		long broken = ids.get(0);
		String good = articles.findPublished(broken).orElseThrow().summary();
		jdbc.sql("update articles set summary = ? where id = ?")
			.params("\"한울그룹\" (/company/1)이 주력 계열사 ![사진](image:42) **대표**를", broken)
			.update();

		int changed;
		try (Connection connection = dataSource.getConnection()) {
			changed = V13__newsroom_story_summaries.recompute(connection);
		}

		assertThat(changed).as("only the broken row changes").isEqualTo(1);
		assertThat(articles.findPublished(broken).orElseThrow().summary()).isEqualTo(good)
			.doesNotContain("(/company/", "image:", "**");
		assertThat(jdbc.sql("select summary from articles").query(String.class).list())
			.allSatisfy(summary -> assertThat(summary).doesNotContain("(/company/", "(/people/", "](", "**", "image:"));
	}
}
