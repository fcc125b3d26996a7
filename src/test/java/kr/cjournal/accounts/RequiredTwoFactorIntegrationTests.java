package kr.cjournal.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import kr.cjournal.support.MovableClock;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code cjournal.accounts.require-two-factor} on, administrators and desk editors without
 * two-factor sign-in can do nothing in the newsroom but turn it on; reporters and API tokens are
 * not affected.
 */
@AccountsServerTest
@TestPropertySource(properties = { "cjournal.accounts.require-two-factor=true", "cjournal.demo=false" })
class RequiredTwoFactorIntegrationTests {

	static final String PASSWORD = "river lantern copper 58";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void noPastFailures() {
		jdbc.sql("delete from sign_in_failures").update();
	}

	@Test
	void anEditorWithoutTwoFactorIsSentToTurnItOnAndCanUseNothingElseUntilThen() {
		String editor = member(Role.EDITOR);
		StaffBrowser browser = browser();
		browser.signIn(editor, PASSWORD);

		assertThat(location(browser.get("/newsroom"))).isEqualTo(TwoFactorController.PATH);
		assertThat(location(browser.get("/newsroom/desk"))).isEqualTo(TwoFactorController.PATH);
		assertThat(location(browser.get("/newsroom/account"))).isEqualTo(TwoFactorController.PATH);
		HttpResponse<String> api = browser.get("/api/v1/me");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("\"error\":\"two_factor_required\"", "2단계 인증");
		var page = html(browser.get(TwoFactorController.PATH));
		long articles = jdbc.sql("select count(*) from articles").query(Long.class).single();
		assertThat(location(browser.post("/newsroom/articles", "title", "몰래 쓴 기사"))).isEqualTo(TwoFactorController.PATH);
		assertThat(jdbc.sql("select count(*) from articles").query(Long.class).single()).isEqualTo(articles);

		assertThat(page.select(".alert").text()).isEqualTo(TwoFactorRequired.MESSAGE);
		String secret = page.select("#two-factor-secret").text().replace(" ", "");
		browser.post(TwoFactorController.PATH, "code", TwoFactorIntegrationTests.code(secret, clock.millis()));

		assertThat(browser.get("/newsroom").statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
		var enrolled = html(browser.get(TwoFactorController.PATH));
		assertThat(enrolled.select(".two-factor-off-form")).as("it cannot be turned off again").isEmpty();
		assertThat(html(browser.post(TwoFactorController.PATH + "/off", "password", PASSWORD)).select(".alert").text())
			.isEqualTo("관리자와 데스크 계정은 2단계 인증을 끌 수 없습니다.");
	}

	@Test
	void anAdministratorIsSentThereRightAfterThePassword() {
		String admin = member(Role.ADMIN);
		StaffBrowser browser = browser();
		HttpResponse<String> signedIn = browser.signIn(admin, PASSWORD);
		assertThat(location(browser.get(location(signedIn)))).isEqualTo(TwoFactorController.PATH);
		assertThat(location(browser.get("/newsroom/admin/staff"))).isEqualTo(TwoFactorController.PATH);
	}

	@Test
	void aReporterIsNotAskedAndATokenStillWorks() throws Exception {
		String reporter = member(Role.REPORTER);
		StaffBrowser browser = browser();
		browser.signIn(reporter, PASSWORD);
		assertThat(browser.get("/newsroom").statusCode()).isEqualTo(200);

		HttpResponse<String> token = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
				.header("Authorization", "Bearer " + AccountsServerTest.ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as("the first admin's token, the admin without two-factor").isEqualTo(200);
	}

	private String member(Role role) {
		String name = role.name().toLowerCase() + SEQUENCE.incrementAndGet();
		accounts.createStaff(name, "강도윤", name + "@cjournal.example", PASSWORD, Set.of(role));
		return name;
	}

	private StaffBrowser browser() {
		return new StaffBrowser(port, "192.0.2." + (SEQUENCE.incrementAndGet() % 250 + 1));
	}
}
