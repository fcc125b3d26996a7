package kr.cjournal.newsroom;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.EnabledIfPostgres;
import kr.cjournal.support.PostgresSchema;

@EnabledIfPostgres
@Import(PostgresSchema.class)
@SpringBootTest(properties = { "cjournal.demo=false", "spring.datasource.url=" + PostgresSchema.URL + "cj_articles", "spring.datasource.username=postgres",
		"spring.datasource.password=", "spring.flyway.schemas=cj_articles", "spring.flyway.clean-disabled=false" })
class ArticlesPostgresIntegrationTests extends ArticlesContract {
}
