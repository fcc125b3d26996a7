package kr.cjournal.people;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "cjournal.demo=false", "cjournal.data-dir=target/test-data/mentions-h2",
		"spring.datasource.url=jdbc:h2:mem:mentions;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class MentionStorageH2IntegrationTests extends MentionStorageContract {
}
