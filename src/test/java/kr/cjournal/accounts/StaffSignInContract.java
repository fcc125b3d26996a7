package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.support.MovableClock;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out as a staff member's browser does it, over HTTP against the whole
 * application; run on H2 and on PostgreSQL by the subclasses, so the session tables and the
 * throttle's SQL are proven on both.
 */
abstract class StaffSignInContract {

	static final String PASSWORD = "river lantern copper 58";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	AccountsTestConfiguration.CountingPasswordEncoder encoder;

	String reporter;

	@BeforeEach
	void aReporterAndNoPastFailures() {
		jdbc.sql("delete from sign_in_failures").update();
		reporter = "reporter" + ADDRESSES.incrementAndGet();
		accounts.createStaff(reporter, "서하나", reporter + "@cjournal.example", PASSWORD, Set.of(Role.REPORTER));
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	/** A browser with a client address of its own, so tests never share a throttle count. */
	StaffBrowser browser() {
		return new StaffBrowser(port, "203.0.113." + ADDRESSES.incrementAndGet() % 250);
	}

	@Test
	void theRightPasswordSignsInAndLandsInTheNewsroom() {
		StaffBrowser browser = browser();

		HttpResponse<String> signedIn = browser.signIn(reporter, PASSWORD);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(location(signedIn)).endsWith("/newsroom");
		assertThat(html(browser.get("/newsroom/account")).select(".account-facts").text()).contains(reporter, "기자");
	}

	@Test
	void afterSigningInThePageAskedForOpens() {
		StaffBrowser browser = browser();
		HttpResponse<String> away = browser.get("/newsroom/account");
		assertThat(location(away)).isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);

		HttpResponse<String> signedIn = browser.signIn(location(away), reporter, PASSWORD);

		assertThat(location(signedIn)).startsWith("/newsroom/account");
		assertThat(browser.get(location(signedIn)).statusCode()).isEqualTo(200);
	}

	@Test
	void aWrongUserNameAndAWrongPasswordGetTheSameAnswerAfterTheSameWork() {
		StaffBrowser browser = browser();

		int before = encoder.comparisons.get();
		HttpResponse<String> unknown = browser.signIn("nobody-" + reporter, PASSWORD);
		int forUnknown = encoder.comparisons.get() - before;
		HttpResponse<String> wrong = browser.signIn(reporter, "wrong " + PASSWORD);
		int forWrong = encoder.comparisons.get() - before - forUnknown;

		assertThat(location(unknown)).isEqualTo(location(wrong)).endsWith("/login?error");
		assertThat(forUnknown).as("a dummy hash is compared for an unknown user").isEqualTo(forWrong).isEqualTo(1);
		assertThat(html(browser.get("/login?error")).select(".alert").text())
			.isEqualTo("아이디 또는 비밀번호가 올바르지 않습니다.");
	}

	@Test
	void theSignInPageStartsNoSessionAndSignInStartsAFreshOne() {
		StaffBrowser browser = browser();
		browser.get("/login");
		assertThat(browser.sessionId()).as("the sign-in page keeps its CSRF token in a cookie, not a session").isNull();
		// A session id planted in the browser beforehand is not the one signed in.
		String planted = "cGxhbnRlZC1zZXNzaW9u";
		browser.useSessionId(planted);

		HttpResponse<String> signedIn = browser.signIn(reporter, PASSWORD);
		String issued = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst()
			.orElse(null);

		assertThat(issued).isNotNull().isNotEqualTo(planted);
		StaffBrowser owner = browser();
		owner.useSessionId(issued);
		assertThat(html(owner.get("/newsroom/account")).select(".account-facts").text()).contains(reporter);
		StaffBrowser attacker = browser();
		attacker.useSessionId(planted);
		assertThat(location(attacker.get("/newsroom/account"))).isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
	}

	@Test
	void sessionsLiveInTheDatabaseSoAnyNodeKnowsThemAndEndAfterThirtyIdleMinutes() {
		browser().signIn(reporter, PASSWORD);

		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.params(reporter)
			.query(Integer.class)
			.list()).containsExactly(30 * 60);
	}

	@Test
	void fiveFailuresLockTheAccountFifteenMinutesEvenFromAnotherAddress() {
		StaffBrowser guesser = browser();
		for (int i = 1; i <= 4; i++) {
			assertThat(location(guesser.signIn(reporter, "guess " + i))).endsWith("/login?error");
		}
		assertThat(location(guesser.signIn(reporter, "guess 5"))).endsWith("/login?locked");

		StaffBrowser owner = browser();
		assertThat(location(owner.signIn(reporter, PASSWORD))).as("the right password while locked")
			.endsWith("/login?locked");
		assertThat(html(owner.get("/login?locked")).select(".alert").text())
			.isEqualTo("로그인 시도가 너무 많습니다. 15분 뒤 다시 시도해 주세요.");

		clock.advance(Duration.ofMinutes(14));
		assertThat(location(owner.signIn(reporter, PASSWORD))).endsWith("/login?locked");
		clock.advance(Duration.ofMinutes(1));
		assertThat(location(owner.signIn(reporter, PASSWORD))).endsWith("/newsroom");
	}

	@Test
	void fiveFailuresFromOneAddressLockItForEveryAccount() {
		StaffBrowser sprayer = browser();
		for (int i = 1; i <= 5; i++) {
			sprayer.signIn("someone" + i, "guess " + i);
		}

		assertThat(location(sprayer.signIn(reporter, PASSWORD))).endsWith("/login?locked");
		assertThat(location(browser().signIn(reporter, PASSWORD))).as("from another address").endsWith("/newsroom");
		clock.advance(Duration.ofMinutes(15));
		assertThat(location(sprayer.signIn(reporter, PASSWORD))).endsWith("/newsroom");
	}

	@Test
	void signingInClearsTheAccountsFailures() {
		StaffBrowser browser = browser();
		for (int i = 1; i <= 4; i++) {
			browser().signIn(reporter, "guess " + i);
		}
		browser.signIn(reporter, PASSWORD);
		for (int i = 1; i <= 4; i++) {
			browser().signIn(reporter, "again " + i);
		}

		assertThat(location(browser().signIn(reporter, PASSWORD))).endsWith("/newsroom");
	}

	@Test
	void aSignInEndsTwelveHoursLaterHoweverBusyItWas() {
		StaffBrowser browser = browser();
		browser.signIn(reporter, PASSWORD);

		clock.advance(Duration.ofHours(11).plusMinutes(59));
		assertThat(browser.get("/newsroom/account").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		HttpResponse<String> expired = browser.get("/newsroom/account");

		assertThat(location(expired)).endsWith("/login?expired");
		assertThat(location(browser.get("/newsroom/account"))).as("and it stays over")
			.isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
		assertThat(html(browser.get("/login?expired")).select(".notice").text()).contains("다시 로그인해 주세요");
	}

	@Test
	void aFormSentFromASessionWithoutItsCsrfTokenIsRefused() {
		StaffBrowser browser = browser();
		browser.signIn(reporter, PASSWORD);
		Map<String, String> change = Map.of("currentPassword", PASSWORD, "newPassword", "quiet meadow violin 73",
				"newPasswordAgain", "quiet meadow violin 73");

		HttpResponse<String> refused = browser.postWithoutCsrf("/newsroom/account/password", change);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(html(refused).select("h1").text()).isEqualTo("접근할 수 없습니다");
		assertThat(accounts.passwordMatches(reporter, PASSWORD)).isTrue();
		assertThat(browser.postWithoutCsrf("/logout", Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void signingOutEndsTheSessionAndSaysSo() {
		StaffBrowser browser = browser();
		browser.signIn(reporter, PASSWORD);
		browser.get("/newsroom/account");

		HttpResponse<String> out = browser.post("/logout", Map.of());

		assertThat(location(out)).endsWith("/login?logout");
		assertThat(html(browser.get("/login?logout")).select(".notice").text()).isEqualTo("로그아웃되었습니다.");
		assertThat(location(browser.get("/newsroom/account"))).isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
	}

	@Test
	void aStaleSignInFormGoesBackToTheSignInPage() {
		StaffBrowser browser = browser();

		HttpResponse<String> stale = browser.postWithoutCsrf("/login", Map.of("username", reporter, "password", PASSWORD));

		assertThat(location(stale)).endsWith("/login?expired");
	}
}
