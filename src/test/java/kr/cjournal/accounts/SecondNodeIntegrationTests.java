package kr.cjournal.accounts;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import kr.cjournal.CjournalApplication;

import static kr.cjournal.accounts.StaffBrowser.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second node on the same database knows who is signed in on the first, as after a restart:
 * sessions live in the database, not in one server's memory.
 */
@AccountsServerTest
class SecondNodeIntegrationTests {

	static final String PASSWORD = "river lantern copper 58";

	private ConfigurableApplicationContext secondNode;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Value("${spring.datasource.url}")
	String database;

	/** Started once the first node runs, so the first node is the one that set up the database. */
	@BeforeEach
	void startSecondNode() {
		secondNode = new SpringApplicationBuilder(CjournalApplication.class).run("--server.port=0", "--cjournal.demo=false",
				"--spring.datasource.url=" + database);
	}

	@AfterEach
	void stopSecondNode() {
		secondNode.close();
	}

	@Test
	void aSessionStartedOnOneNodeWorksOnTheOtherAndEndsOnBoth() {
		accounts.createStaff("node.test", "한지원", "node.test@cjournal.example", PASSWORD, Set.of(Role.EDITOR));
		StaffBrowser first = new StaffBrowser(port, "203.0.113.240");
		first.signIn("node.test", PASSWORD);
		StaffBrowser second = new StaffBrowser(secondPort(), "203.0.113.240");
		second.useSessionId(first.sessionId());

		assertThat(html(second.get("/newsroom/account")).select(".account-facts").text()).contains("node.test");

		second.post("/logout", Map.of());
		assertThat(StaffBrowser.location(first.get("/newsroom/account"))).isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
	}

	private int secondPort() {
		return Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
	}
}
