package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.support.AdversarialTexts;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestMail;
import kr.cjournal.support.TestReaders;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers over real HTTP: signing in with their e-mail address, where that leads, the header's
 * status, password reset end to end, and the staff pages they never see.
 */
@CommentsAppTest
@ExtendWith(RealCsrfTokens.class)
class ReaderAccountsIntegrationTests {

	static final String NEW_PASSWORD = "은하수 건너 느티나무 그늘 아래 2027";

	static final Pattern RESET_LINK = Pattern.compile("/login/reset/confirm\\?token=([A-Za-z0-9_-]{43})");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	TestReaders readers;

	@Autowired
	Readers lookups;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	StaffBrowser browser() {
		return new StaffBrowser(port, "203.0.113." + SEQUENCE.incrementAndGet());
	}

	String resetToken(StaffBrowser browser, String email) {
		int before = TestMail.to(email).size();
		browser.get("/login/reset");
		HttpResponse<String> asked = browser.post("/login/reset", "email", email);
		assertThat(location(asked)).isEqualTo("/login/reset?sent");
		long deadline = System.currentTimeMillis() + 5000;
		while (TestMail.to(email).size() == before && System.currentTimeMillis() < deadline) {
			Thread.onSpinWait();
		}
		TestMail.Mail mail = TestMail.latestTo(email);
		assertThat(TestMail.to(email)).hasSize(before + 1);
		assertThat(mail.subject()).isEqualTo("[씨저널] 비밀번호 재설정 안내");
		return ReaderSignUpIntegrationTests.token(mail.body(), RESET_LINK);
	}

	@Test
	void aReaderSignsInWithTheirEmailAndGoesBackToTheReaderPageNeverTheNewsroom() {
		Reader reader = readers.create("로그인");

		assertThat(location(browser().signIn(reader.email().toUpperCase(), TestReaders.PASSWORD))).isEqualTo("/");
		assertThat(location(browser().signIn("/login?next=%2Farticle%2F5%2Fcomments", reader.email(), TestReaders.PASSWORD)))
			.isEqualTo("/article/5/comments");
		assertThat(location(browser().signIn("/login?next=%2Fnewsroom%2Fdesk", reader.email(), TestReaders.PASSWORD)))
			.isEqualTo("/");
		StaffBrowser browser = browser();
		browser.signIn(reader.email(), TestReaders.PASSWORD);
		assertThat(location(browser.get("/login"))).as("signed in already").isEqualTo("/");
	}

	@Test
	void theSignInPageNamesBothKindsOfAccountAndLinksToSignUpAndReset() {
		Document page = html(browser().get("/login"));

		assertThat(page.select("label[for=username]").text()).isEqualTo("아이디 또는 이메일");
		assertThat(page.select("a[href=/signup]").text()).isEqualTo("회원가입");
		assertThat(page.select("a[href=/login/reset]").text()).isEqualTo("비밀번호 찾기");
	}

	@Test
	void theHeaderStatusSaysWhoIsSignedInAndStartsNoSessionForStrangers() {
		StaffBrowser stranger = browser();
		HttpResponse<String> anonymous = stranger.get("/account/status");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).isEqualTo("{\"signedIn\":false}");
		assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(anonymous.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

		Reader reader = readers.create("머리말");
		StaffBrowser browser = browser();
		browser.signIn(reader.email(), TestReaders.PASSWORD);
		JsonNode status = json.readTree(browser.get("/account/status").body());
		assertThat(status.path("signedIn").asBoolean()).isTrue();
		assertThat(status.path("nickname").asString()).isEqualTo(reader.nickname());
		assertThat(status.path("url").asString()).isEqualTo(reader.url());
		assertThat(status.path("account").asString()).isEqualTo("/account");
		assertThat(status.path("csrf").path("header").asString()).isEqualTo("X-CSRF-TOKEN");
		assertThat(status.path("csrf").path("parameter").asString()).isEqualTo("_csrf");
		String token = status.path("csrf").path("token").asString();
		assertThat(token).isNotBlank();

		HttpResponse<String> out = browser.postWithoutCsrf("/logout", java.util.Map.of("_csrf", token));
		assertThat(location(out)).as("the header's sign-out form works with that token").isEqualTo("/login?logout");
		assertThat(browser.get("/account/status").body()).isEqualTo("{\"signedIn\":false}");
	}

	@Test
	void theAccountPageNeedsSignInAndSendsStaffToTheirOwn() {
		assertThat(location(browser().get("/account"))).isEqualTo("/login?next=%2Faccount");
		String name = "desk" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
		accounts.createStaff(name, "한데스크", name + "@cjournal.example", "harbour lantern copper 58", Set.of(Role.REPORTER));
		StaffBrowser staff = browser();
		staff.signIn(name, "harbour lantern copper 58");
		assertThat(location(staff.get("/account"))).isEqualTo("/newsroom/account");
	}

	@Test
	void aReaderGetsTheReaderSites403PageForTheNewsroom() {
		Reader reader = readers.create("출입");
		StaffBrowser browser = browser();
		browser.signIn(reader.email(), TestReaders.PASSWORD);

		HttpResponse<String> newsroom = browser.get("/newsroom");
		assertThat(newsroom.statusCode()).isEqualTo(403);
		Document page = html(newsroom);
		assertThat(page.select(".brand-ko").text()).isEqualTo("씨저널");
		assertThat(page.select(".staff-user")).isEmpty();
		assertThat(page.text()).contains("접근할 수 없습니다");
		assertThat(browser.get("/api/v1/directory/suggest?q=kim").statusCode()).isEqualTo(403);
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
	}

	@Test
	void aReaderResetsAForgottenPasswordByMailAndEverySessionEnds() {
		Reader reader = readers.create("잊음", false);
		StaffBrowser elsewhere = browser();
		elsewhere.signIn(reader.email(), TestReaders.PASSWORD);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		StaffBrowser browser = browser();
		String token = resetToken(browser, reader.email());
		assertThat(html(browser.get("/login/reset?sent")).select(".reader-notice").text()).isEqualTo(ResetPage.SENT);

		Document form = html(browser.get("/login/reset/confirm?token=" + token));
		assertThat(form.select("input[name=token]").val()).isEqualTo(token);
		HttpResponse<String> mismatch = browser.post("/login/reset/confirm", "token", token, "password", NEW_PASSWORD,
				"passwordAgain", NEW_PASSWORD + "x");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(html(mismatch).select(".reader-alert").text()).isEqualTo("새 비밀번호 두 칸이 서로 다릅니다.");
		HttpResponse<String> weak = browser.post("/login/reset/confirm", "token", token, "password", "password123",
				"passwordAgain", "password123");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(html(weak).select(".reader-alert").text()).isNotBlank();

		HttpResponse<String> done = browser.post("/login/reset/confirm", "token", token, "password", NEW_PASSWORD,
				"passwordAgain", NEW_PASSWORD);
		assertThat(location(done)).isEqualTo("/login?reset");
		assertThat(html(browser.get("/login?reset")).select(".notice").text()).startsWith("비밀번호를 바꿨습니다.");
		assertThat(accounts.passwordMatches(reader.email(), TestReaders.PASSWORD)).as("the old password").isFalse();
		assertThat(accounts.passwordMatches(reader.email(), NEW_PASSWORD)).isTrue();
		assertThat(location(elsewhere.get("/account"))).as("the other session ended").isEqualTo("/login?next=%2Faccount");
		assertThat(location(browser().signIn(reader.email(), NEW_PASSWORD))).isEqualTo("/");
		assertThat(lookups.byId(reader.accountId()).orElseThrow().confirmed()).as("the link proved the address").isTrue();

		HttpResponse<String> reused = browser.get("/login/reset/confirm?token=" + token);
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(html(reused).select("h1").text()).isEqualTo("쓸 수 없는 링크입니다");
		assertThat(browser.post("/login/reset/confirm", "token", token, "password", TestReaders.PASSWORD, "passwordAgain",
				TestReaders.PASSWORD).statusCode()).isEqualTo(400);
		assertThat(accounts.passwordMatches(reader.email(), NEW_PASSWORD)).isTrue();
	}

	@Test
	void aNewResetLinkVoidsTheEarlierOneAndAnExpiredLinkIsRefused() {
		Reader reader = readers.create("두번");
		String first = resetToken(browser(), reader.email());
		String second = resetToken(browser(), reader.email());

		assertThat(browser().get("/login/reset/confirm?token=" + first).statusCode()).isEqualTo(400);
		assertThat(browser().get("/login/reset/confirm?token=" + second).statusCode()).isEqualTo(200);
		jdbc.sql("update reader_tokens set expires_at = current_timestamp - interval '1' second where token_hash = ?")
			.params(ReaderTokens.hash(second))
			.update();
		assertThat(browser().get("/login/reset/confirm?token=" + second).statusCode()).isEqualTo(400);
	}

	@Test
	void resetAnswersTheSameForAnUnknownAddressAndSendsNothing() throws InterruptedException {
		Reader reader = readers.create("있음");
		String unknown = "nobody" + System.nanoTime() + "@example.com";
		StaffBrowser known = browser();
		StaffBrowser stranger = browser();
		known.get("/login/reset");
		stranger.get("/login/reset");

		HttpResponse<String> forKnown = known.post("/login/reset", "email", reader.email());
		HttpResponse<String> forUnknown = stranger.post("/login/reset", "email", unknown);

		assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
		assertThat(location(forUnknown)).isEqualTo(location(forKnown));
		assertThat(html(stranger.get("/login/reset?sent")).select("main").text())
			.isEqualTo(html(known.get("/login/reset?sent")).select("main").text());
		TestMail.latestTo(reader.email());
		Thread.sleep(500);
		assertThat(TestMail.to(unknown)).isEmpty();
	}

	@Test
	void staffWithAnEmailAddressResetTheirPasswordTheSameWay() {
		String name = "reporter" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
		accounts.createStaff(name, "윤기자", name + "@cjournal.example", "harbour lantern copper 58", Set.of(Role.REPORTER));
		StaffBrowser browser = browser();
		String token = resetToken(browser, name + "@cjournal.example");
		browser.get("/login/reset/confirm?token=" + token);

		assertThat(location(browser.post("/login/reset/confirm", "token", token, "password", NEW_PASSWORD, "passwordAgain",
				NEW_PASSWORD))).isEqualTo("/login?reset");
		assertThat(location(browser().signIn(name, NEW_PASSWORD))).isEqualTo("/newsroom");
	}

	@Test
	void resetFormsRefuseHugeFieldsWithA4xx() {
		StaffBrowser browser = browser();
		browser.get("/login/reset");
		assertThat(browser.post("/login/reset", "email", "a".repeat(AdversarialTexts.LENGTH)).statusCode()).isEqualTo(400);
		Reader reader = readers.create("거대");
		String token = resetToken(browser, reader.email());
		browser.get("/login/reset/confirm?token=" + token);
		String huge = "가".repeat(AdversarialTexts.LENGTH);
		HttpResponse<String> response = browser.post("/login/reset/confirm", "token", token, "password", huge, "passwordAgain", huge);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(html(response).select(".reader-alert").text()).startsWith("비밀번호가 너무 깁니다.");
		assertThat(browser.get("/login/reset/confirm?token=" + "x".repeat(AdversarialTexts.LENGTH / 10)).statusCode())
			.isEqualTo(400);
	}

	@Test
	void strangersOpeningTheReaderFormsStoreNoSession() {
		for (String path : java.util.List.of("/signup", "/login/reset", "/account/status")) {
			HttpResponse<String> response = browser().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
		}
	}
}
