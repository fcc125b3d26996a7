package kr.cjournal.media;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.QueryCounting;

@Import(QueryCounting.class)
@SpringBootTest(properties = { "cjournal.demo=false", "cjournal.data-dir=target/test-data/images-h2",
		"spring.datasource.url=jdbc:h2:mem:images;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class ImagesH2IntegrationTests extends ImagesContract {
}
