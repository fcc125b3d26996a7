package kr.cjournal.accounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.OnPostgres;

@OnPostgres
@Import(AccountsTestConfiguration.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "cjournal.demo=false",
		"cjournal.accounts.trusted-proxies=" + AccountsServerTest.LOOPBACK })
class StaffSignInPostgresIntegrationTests extends StaffSignInContract {
}
