package kr.cjournal.accounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.EnabledIfPostgres;
import kr.cjournal.support.PostgresSchema;

@EnabledIfPostgres
@Import({ PostgresSchema.class, AccountsTestConfiguration.class })
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "cjournal.demo=false",
		"spring.datasource.url=" + PostgresSchema.URL + "cj_accounts",
		"spring.datasource.username=postgres", "spring.datasource.password=", "spring.flyway.schemas=cj_accounts",
		"spring.flyway.clean-disabled=false", "cjournal.accounts.trusted-proxies=" + AccountsServerTest.LOOPBACK })
class StaffSignInPostgresIntegrationTests extends StaffSignInContract {
}
