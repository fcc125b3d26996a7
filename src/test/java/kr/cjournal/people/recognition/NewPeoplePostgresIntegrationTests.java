package kr.cjournal.people.recognition;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.EnabledIfPostgres;
import kr.cjournal.support.PostgresSchema;

@EnabledIfPostgres
@Import(PostgresSchema.class)
@AutoConfigureMockMvc
@SpringBootTest(properties = { "cjournal.demo=false", "spring.datasource.url=" + PostgresSchema.URL + "cj_new_people", "spring.datasource.username=postgres",
		"spring.datasource.password=", "spring.flyway.schemas=cj_new_people", "spring.flyway.clean-disabled=false" })
class NewPeoplePostgresIntegrationTests extends NewPeopleContract {
}
