package kr.cjournal.people.recognition;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@AutoConfigureMockMvc
@SpringBootTest(properties = { "cjournal.demo=false", "cjournal.data-dir=target/test-data/new-people",
		"spring.datasource.url=jdbc:h2:mem:newpeople;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" })
class NewPeopleH2IntegrationTests extends NewPeopleContract {
}
