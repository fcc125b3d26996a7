package kr.cjournal.media;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.EnabledIfPostgres;
import kr.cjournal.support.PostgresSchema;
import kr.cjournal.support.QueryCounting;

@EnabledIfPostgres
@Import({ PostgresSchema.class, QueryCounting.class })
@SpringBootTest(properties = { "cjournal.demo=false", "spring.datasource.url=" + PostgresSchema.URL + "cj_images", "spring.datasource.username=postgres",
		"spring.datasource.password=", "spring.flyway.schemas=cj_images", "spring.flyway.clean-disabled=false" })
class ImagesPostgresIntegrationTests extends ImagesContract {
}
