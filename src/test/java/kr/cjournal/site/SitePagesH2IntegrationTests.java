package kr.cjournal.site;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@AutoConfigureMockMvc
@SpringBootTest(properties = { "cjournal.data-dir=target/test-data/site-h2", "cjournal.site.page-cache=0",
		"cjournal.site.base-url=" + SitePagesContract.BASE,
		"spring.datasource.url=jdbc:h2:mem:site;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class SitePagesH2IntegrationTests extends SitePagesContract {
}
