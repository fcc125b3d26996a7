package kr.cjournal.search;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import kr.cjournal.CjournalApplication;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.OnPostgres;
import kr.cjournal.support.TestStories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL, each with its own index (its own data directory): a story the
 * desk publishes through one is found through the other within 2 seconds, as both follow the
 * same change feed.
 */
@NewsroomAppTest
@OnPostgres
@Import(TestStories.class)
class TwoNodesSearchPostgresIntegrationTests {

	@Autowired
	TestStories stories;

	@Value("${spring.datasource.url}")
	String database;

	@Value("${spring.flyway.schemas}")
	String schema;

	private ConfigurableApplicationContext secondNode;

	@BeforeEach
	void startSecondNode() {
		secondNode = new SpringApplicationBuilder(CjournalApplication.class).run("--server.port=0", "--cjournal.demo=false",
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.flyway.schemas=" + schema);
	}

	@AfterEach
	void stopSecondNode() {
		secondNode.close();
	}

	@Test
	void aStoryPublishedOnOneNodeIsFoundOnTheOther() {
		SearchEngine second = secondNode.getBean(SearchEngine.class);
		long id = stories.publish("바람길에너지 해상풍력 단지 착공, 전남 앞바다에 1.2GW");

		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(second.search(SearchQuery.of("해상풍력")).hits()).extracting(SearchResults.Hit::id)
				.contains(id));
	}
}
