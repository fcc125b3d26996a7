package kr.cjournal.newsroom;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "cjournal.demo=false", "cjournal.data-dir=target/test-data/articles-h2",
		"spring.datasource.url=jdbc:h2:mem:articles;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class ArticlesH2IntegrationTests extends ArticlesContract {
}
