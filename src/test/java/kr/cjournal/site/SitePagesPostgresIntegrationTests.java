package kr.cjournal.site;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.EnabledIfPostgres;
import kr.cjournal.support.PostgresSchema;

@EnabledIfPostgres
@Import(PostgresSchema.class)
@AutoConfigureMockMvc
@SpringBootTest(properties = { "cjournal.site.page-cache=0",
		"cjournal.site.base-url=" + SitePagesContract.BASE,
		"spring.datasource.url=" + PostgresSchema.URL + "cj_site", "spring.datasource.username=postgres",
		"spring.datasource.password=", "spring.flyway.schemas=cj_site", "spring.flyway.clean-disabled=false" })
class SitePagesPostgresIntegrationTests extends SitePagesContract {
}
