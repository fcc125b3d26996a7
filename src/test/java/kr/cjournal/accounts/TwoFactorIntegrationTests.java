package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.jsoup.nodes.Document;
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
 * Two-factor sign-in over HTTP against the whole application: turning it on at
 * /newsroom/account/two-factor, then signing in with the password and a code computed here from
 * the secret the page showed, as an authenticator app would.
 */
@AccountsServerTest
class TwoFactorIntegrationTests {

	static final String PASSWORD = "river lantern copper 58";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	String name;

	@BeforeEach
	void aReporter() {
		jdbc.sql("delete from sign_in_failures").update();
		name = "totp" + SEQUENCE.incrementAndGet();
		accounts.createStaff(name, "한지민", name + "@cjournal.example", PASSWORD, Set.of(Role.REPORTER));
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void theEnrolmentPageShowsAQrCodeAndTheKeyAndACurrentCodeTurnsItOnShowingRecoveryCodesOnce() {
		StaffBrowser browser = signedIn();
		Document page = html(browser.get("/newsroom/account/two-factor"));

		String secret = page.select("#two-factor-secret").text().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		String qr = page.select("img.qr-code").attr("src");
		assertThat(qr).startsWith("data:image/svg+xml;base64,");
		assertThat(new String(Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1)), StandardCharsets.UTF_8))
			.startsWith("<svg").contains("<path");
		assertThat(html(browser.get("/newsroom/account/two-factor")).select("#two-factor-secret").text().replace(" ", ""))
			.as("the same key on a reload").isEqualTo(secret);
		assertThat(html(browser.get("/newsroom/account")).select("a[href=/newsroom/account/two-factor]")).hasSize(1);

		browser.get("/newsroom/account/two-factor");
		Document wrong = html(browser.post("/newsroom/account/two-factor", "code", otherThan(code(secret))));
		assertThat(wrong.select(".alert").text()).startsWith("인증 코드가 맞지 않습니다.");
		assertThat(twoFactorRows()).isZero();

		HttpResponse<String> on = browser.post("/newsroom/account/two-factor", "code", code(secret));
		assertThat(location(on)).isEqualTo("/newsroom/account/two-factor");
		Document shown = html(browser.get("/newsroom/account/two-factor"));
		assertThat(shown.select(".notice").text()).startsWith("2단계 인증을 켰습니다.");
		List<String> recoveryCodes = shown.select("#recovery-codes code").eachText();
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
		assertThat(shown.select("#unused-recovery-codes").text()).isEqualTo("10");

		Document again = html(browser.get("/newsroom/account/two-factor"));
		assertThat(again.select("#recovery-codes")).as("shown once").isEmpty();
		assertThat(again.select("#two-factor-secret")).as("the key is not shown again").isEmpty();
		assertThat(jdbc.sql("select code_hash from two_factor_recovery_codes r join accounts a on a.id = r.account_id where a.username = ?")
			.params(name).query(String.class).list()).hasSize(10).doesNotContainAnyElementsOf(recoveryCodes)
			.allMatch(hash -> hash.matches("[0-9a-f]{64}"));
	}

	@Test
	void thePasswordAloneNoLongerSignsInTheCodeDoes() {
		String secret = enrolled();
		clock.advance(Duration.ofSeconds(30));
		StaffBrowser browser = browser();

		String signInPage = location(browser.get("/newsroom/account"));
		HttpResponse<String> password = browser.signIn(signInPage, name, PASSWORD);

		assertThat(location(password)).isEqualTo("/login/two-factor");
		assertThat(browser.get("/api/v1/me").statusCode()).as("not signed in yet").isEqualTo(401);
		assertThat(location(browser.get("/newsroom/account"))).as("not signed in yet").startsWith("/login");
		String before = browser.sessionId();

		HttpResponse<String> signedIn = secondStep(browser, code(secret));

		assertThat(location(signedIn)).as("the page asked for before signing in").isEqualTo("/newsroom/account");
		assertThat(browser.sessionId()).as("a new session id").isNotEqualTo(before);
		assertThat(html(browser.get("/newsroom/account")).select(".account-facts").text()).contains(name, "한지민");
	}

	@Test
	void aWrongCodeIsRefusedAndCountsLikeAWrongPasswordUntilSignInIsLocked() {
		String secret = enrolled();
		clock.advance(Duration.ofSeconds(30));
		StaffBrowser guesser = browser();
		guesser.signIn(name, PASSWORD);

		for (int guess = 1; guess < 5; guess++) {
			Document refused = html(secondStep(guesser, otherThan(code(secret))));
			assertThat(refused.select(".alert").text()).as("guess %d", guess).startsWith("인증 코드가 올바르지 않습니다.");
		}
		HttpResponse<String> fifth = secondStep(guesser, otherThan(code(secret)));

		assertThat(location(fifth)).isEqualTo("/login?locked");
		StaffBrowser owner = browser();
		assertThat(location(owner.signIn(name, PASSWORD))).as("the account is locked, from any address")
			.isEqualTo("/login?locked");
		clock.advance(Duration.ofMinutes(16));
		assertThat(location(owner.signIn(name, PASSWORD))).isEqualTo("/login/two-factor");
		assertThat(location(secondStep(owner, code(secret)))).isEqualTo("/newsroom");
	}

	@Test
	void theRightPasswordDoesNotResetTheCountOfWrongCodes() {
		String secret = enrolled();
		clock.advance(Duration.ofSeconds(30));
		StaffBrowser guesser = browser();
		for (int round = 0; round < 4; round++) {
			assertThat(location(guesser.signIn(name, PASSWORD))).isEqualTo("/login/two-factor");
			secondStep(guesser, otherThan(code(secret)));
		}
		assertThat(location(browser().signIn(name, PASSWORD))).isEqualTo("/login/two-factor");
		StaffBrowser last = browser();
		last.signIn(name, PASSWORD);
		assertThat(location(secondStep(last, otherThan(code(secret))))).isEqualTo("/login?locked");
	}

	@Test
	void aCodeIsAcceptedOnceNeverAgainInItsWindow() {
		String secret = enrolled();
		StaffBrowser enrolling = browser();
		enrolling.signIn(name, PASSWORD);
		assertThat(html(secondStep(enrolling, code(secret))).select(".alert").text())
			.as("the code that turned two-factor on").startsWith("인증 코드가 올바르지 않습니다.");

		clock.advance(Duration.ofSeconds(30));
		String code = code(secret);
		StaffBrowser first = browser();
		first.signIn(name, PASSWORD);
		assertThat(location(secondStep(first, code))).isEqualTo("/newsroom");

		clock.advance(Duration.ofSeconds(10));
		StaffBrowser replaying = browser();
		replaying.signIn(name, PASSWORD);
		assertThat(html(secondStep(replaying, code)).select(".alert").text()).startsWith("인증 코드가 올바르지 않습니다.");
		assertThat(location(replaying.get("/newsroom/account"))).startsWith("/login");
	}

	@Test
	void aCodeOneStepOldStillWorksTwoStepsOldNot() {
		String secret = enrolled();
		clock.advance(Duration.ofSeconds(60));
		String code = code(secret);

		clock.advance(Duration.ofSeconds(60));
		StaffBrowser late = browser();
		late.signIn(name, PASSWORD);
		assertThat(html(secondStep(late, code)).select(".alert").text()).as("two steps old").startsWith("인증 코드가");

		clock.advance(Duration.ofSeconds(-30));
		StaffBrowser drifting = browser();
		drifting.signIn(name, PASSWORD);
		assertThat(location(secondStep(drifting, code))).as("one step old").isEqualTo("/newsroom");
	}

	@Test
	void eachRecoveryCodeSignsInOnce() {
		StaffBrowser browser = signedIn();
		String secret = html(browser.get("/newsroom/account/two-factor")).select("#two-factor-secret").text().replace(" ", "");
		browser.post("/newsroom/account/two-factor", "code", code(secret));
		List<String> recoveryCodes = html(browser.get("/newsroom/account/two-factor")).select("#recovery-codes code").eachText();

		StaffBrowser lostPhone = browser();
		lostPhone.signIn(name, PASSWORD);
		assertThat(location(secondStep(lostPhone, recoveryCodes.get(3).toUpperCase()))).isEqualTo("/newsroom");
		assertThat(html(lostPhone.get("/newsroom/account/two-factor")).select("#unused-recovery-codes").text()).isEqualTo("9");

		StaffBrowser again = browser();
		again.signIn(name, PASSWORD);
		assertThat(html(secondStep(again, recoveryCodes.get(3))).select(".alert").text()).startsWith("인증 코드가 올바르지 않습니다.");
		assertThat(location(secondStep(again, recoveryCodes.get(4)))).isEqualTo("/newsroom");
	}

	@Test
	void turningItOffTakesTheCodeOrThePassword() {
		StaffBrowser browser = signedIn();
		String secret = html(browser.get("/newsroom/account/two-factor")).select("#two-factor-secret").text().replace(" ", "");
		browser.post("/newsroom/account/two-factor", "code", code(secret));
		browser.get("/newsroom/account/two-factor");

		Document refused = html(browser.post("/newsroom/account/two-factor/off", "code", "000000", "password", "not it"));
		assertThat(refused.select(".alert").text()).isEqualTo("인증 코드나 비밀번호가 올바르지 않습니다.");
		assertThat(twoFactorRows()).isOne();

		HttpResponse<String> off = browser.post("/newsroom/account/two-factor/off", "code", "", "password", PASSWORD);
		assertThat(location(off)).isEqualTo("/newsroom/account/two-factor");
		assertThat(twoFactorRows()).isZero();
		assertThat(jdbc.sql("select count(*) from two_factor_recovery_codes r join accounts a on a.id = r.account_id where a.username = ?")
			.params(name).query(Long.class).single()).isZero();
		assertThat(location(browser().signIn(name, PASSWORD))).isEqualTo("/newsroom");
	}

	@Test
	void theSecondStepWithoutAPasswordFirstSendsBackToSignIn() {
		StaffBrowser stranger = browser();
		assertThat(location(stranger.get("/login/two-factor"))).isEqualTo("/login");
		stranger.get("/login");
		// The sign-in form's CSRF token lives in a cookie of its own; the second step needs a session.
		assertThat(stranger.post("/login/two-factor", "code", "123456").statusCode()).isEqualTo(403);
		assertThat(stranger.sessionId()).as("no session started").isNull();
	}

	@Test
	void thePendingSignInEndsAfterFiveMinutes() {
		String secret = enrolled();
		clock.advance(Duration.ofSeconds(30));
		StaffBrowser slow = browser();
		slow.signIn(name, PASSWORD);
		slow.get("/login/two-factor");
		clock.advance(Duration.ofMinutes(6));
		assertThat(location(slow.post("/login/two-factor", "code", code(secret)))).isEqualTo("/login?expired");
	}

	@Test
	void anAdministratorTurnsItOffForSomeoneWhoLostTheirPhoneAndTheyAreSignedOut() {
		String secret = enrolled();
		clock.advance(Duration.ofSeconds(30));
		StaffBrowser owner = browser();
		owner.signIn(name, PASSWORD);
		assertThat(location(secondStep(owner, code(secret)))).isEqualTo("/newsroom");
		long id = jdbc.sql("select id from accounts where username = ?").params(name).query(Long.class).single();
		String colleague = name + "b";
		accounts.createStaff(colleague, "윤서아", colleague + "@cjournal.example", PASSWORD, Set.of(Role.REPORTER));
		StaffBrowser reporter = browser();
		assertThat(location(reporter.signIn(colleague, PASSWORD))).isEqualTo("/newsroom");
		reporter.get("/newsroom/account");
		assertThat(reporter.post("/newsroom/admin/staff/" + id + "/two-factor/off").statusCode()).isEqualTo(403);
		assertThat(twoFactorRows()).isOne();

		StaffBrowser admin = browser();
		assertThat(location(admin.signIn("admin", AccountsServerTest.ADMIN_PASSWORD))).isEqualTo("/newsroom");
		assertThat(html(admin.get("/newsroom/admin/staff/" + id)).select("#turn-off-two-factor")).hasSize(1);
		HttpResponse<String> off = admin.post("/newsroom/admin/staff/" + id + "/two-factor/off");

		assertThat(location(off)).isEqualTo("/newsroom/admin/staff/" + id);
		assertThat(html(admin.get("/newsroom/admin/staff/" + id)).select(".notice").text()).startsWith("한지민 님의 2단계 인증을 껐습니다.");
		assertThat(twoFactorRows()).isZero();
		assertThat(jdbc.sql("select count(*) from two_factor_recovery_codes where account_id = ?").params(id)
			.query(Long.class).single()).isZero();
		assertThat(location(owner.get("/newsroom"))).as("signed out everywhere").startsWith("/login");
		assertThat(location(browser().signIn(name, PASSWORD))).as("the password alone again").isEqualTo("/newsroom");
	}

	// --- helpers

	private StaffBrowser browser() {
		return new StaffBrowser(port, "198.51.100." + (SEQUENCE.incrementAndGet() % 250 + 1));
	}

	private StaffBrowser signedIn() {
		StaffBrowser browser = browser();
		assertThat(location(browser.signIn(name, PASSWORD))).isEqualTo("/newsroom");
		return browser;
	}

	/** Turns two-factor sign-in on for the test's account, through the page; the secret. */
	private String enrolled() {
		StaffBrowser browser = signedIn();
		String secret = html(browser.get("/newsroom/account/two-factor")).select("#two-factor-secret").text().replace(" ", "");
		assertThat(location(browser.post("/newsroom/account/two-factor", "code", code(secret))))
			.isEqualTo("/newsroom/account/two-factor");
		assertThat(twoFactorRows()).isOne();
		return secret;
	}

	/** The second step's form, as its page gives it. */
	static HttpResponse<String> secondStep(StaffBrowser browser, String code) {
		assertThat(html(browser.get("/login/two-factor")).select("form.two-factor-form #code")).hasSize(1);
		return browser.post("/login/two-factor", "code", code);
	}

	/** What an authenticator app shows now (by the application's clock). */
	String code(String secret) {
		return code(secret, clock.millis());
	}

	static String code(String secret, long millis) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, Math.floorDiv(millis / 1000, 30));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String otherThan(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

	private long twoFactorRows() {
		return jdbc.sql("select count(*) from two_factor t join accounts a on a.id = t.account_id where a.username = ?")
			.params(name)
			.query(Long.class)
			.single();
	}
}
