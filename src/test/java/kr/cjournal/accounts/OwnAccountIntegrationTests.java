package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/** A staff member changing their own password at /newsroom/account. */
@AccountsServerTest
class OwnAccountIntegrationTests {

	static final String PASSWORD = "river lantern copper 58";

	static final String NEW_PASSWORD = "quiet meadow violin 73";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(300);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	String name;

	StaffBrowser browser;

	@BeforeEach
	void aSignedInEditor() {
		name = "editor" + SEQUENCE.incrementAndGet();
		accounts.createStaff(name, "최서윤", name + "@cjournal.example", PASSWORD, Set.of(Role.EDITOR));
		browser = browser();
		browser.signIn(name, PASSWORD);
	}

	HttpResponse<String> me(String token) {
		try {
			return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	StaffBrowser browser() {
		return new StaffBrowser(port, "203.0.113." + SEQUENCE.incrementAndGet() % 250);
	}

	@Test
	void theAccountPageShowsWhoIsSignedIn() {
		Document page = html(browser.get("/newsroom/account"));

		assertThat(page.select(".account-facts").text()).contains("최서윤", name, name + "@cjournal.example", "데스크");
		assertThat(page.select(".staff-user a").text()).isEqualTo("최서윤");
		assertThat(page.select("meta[name=csrf-token]").attr("content")).isNotBlank();
	}

	@Test
	void theNewPasswordWorksTheOldOneNoLongerAndOtherSessionsEnd() {
		StaffBrowser elsewhere = browser();
		elsewhere.signIn(name, PASSWORD);
		browser.get("/newsroom/account");
		String before = browser.sessionId();

		HttpResponse<String> changed = browser.post("/newsroom/account/password", "currentPassword", PASSWORD,
				"newPassword", NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD);

		assertThat(location(changed)).isEqualTo("/newsroom/account");
		assertThat(html(browser.get("/newsroom/account")).select(".notice").text()).startsWith("비밀번호를 바꿨습니다.");
		assertThat(browser.sessionId()).as("a new session id").isNotEqualTo(before);
		assertThat(location(elsewhere.get("/newsroom/account"))).as("the other session ended").isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
		assertThat(accounts.passwordMatches(name, NEW_PASSWORD)).isTrue();
		assertThat(accounts.passwordMatches(name, PASSWORD)).isFalse();
	}

	@Test
	void changingThePasswordRevokesTheAccountsApiTokens() {
		long id = accounts.findByUsername(name).orElseThrow().id();
		String token = tokens.issue(id, "스크립트", Set.of(TokenScope.READ));
		assertThat(me(token).statusCode()).isEqualTo(200);
		browser.get("/newsroom/account");

		browser.post("/newsroom/account/password", "currentPassword", PASSWORD, "newPassword", NEW_PASSWORD,
				"newPasswordAgain", NEW_PASSWORD);

		HttpResponse<String> after = me(token);
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(json.readTree(after.body()).path("error").asString()).isEqualTo("unauthorized");
		assertThat(tokens.of(id)).allMatch(ApiToken::revoked);
		assertThat(browser.get("/newsroom/account").statusCode()).as("this session goes on").isEqualTo(200);
	}

	/** BCrypt reads 72 bytes, 24 Hangul syllables: a Korean passphrase of 40 must work all the same. */
	@Test
	void aPassphraseOfFortyHangulSyllablesCanBeSetAndSignsIn() {
		String passphrase = "푸른소나무숲길따라걷다가만난작은옹달샘물에비친구름한조각을손으로떠마셨던봄날아침";
		assertThat(passphrase).hasSize(40);
		browser.get("/newsroom/account");

		HttpResponse<String> changed = browser.post("/newsroom/account/password", "currentPassword", PASSWORD,
				"newPassword", passphrase, "newPasswordAgain", passphrase);

		assertThat(location(changed)).isEqualTo("/newsroom/account");
		assertThat(accounts.passwordMatches(name, passphrase)).isTrue();
		assertThat(accounts.passwordMatches(name, passphrase.substring(0, 24))).as("every syllable counts").isFalse();
		assertThat(location(browser().signIn(name, passphrase))).endsWith("/newsroom");
	}

	@Test
	void aPasswordStoredUnderBCryptBeforeStillSignsInAndIsStoredAgainUnderTheCurrentHash() {
		String old = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD);
		jdbc.sql("update accounts set password_hash = ? where username = ?").params(old, name).update();

		assertThat(location(browser().signIn(name, PASSWORD))).endsWith("/newsroom");

		assertThat(jdbc.sql("select password_hash from accounts where username = ?").params(name).query(String.class)
			.single()).startsWith("{pbkdf2@SpringSecurity_v5_8}");
		assertThat(accounts.passwordMatches(name, PASSWORD)).isTrue();
	}

	@Test
	void theCurrentPasswordIsRequired() {
		browser.get("/newsroom/account");

		Document page = html(browser.post("/newsroom/account/password", "currentPassword", "not it", "newPassword",
				NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD));

		assertThat(page.select(".alert").text()).isEqualTo("현재 비밀번호가 올바르지 않습니다.");
		assertThat(accounts.passwordMatches(name, PASSWORD)).isTrue();
	}

	@Test
	void aWeakOrMistypedNewPasswordIsRefusedSayingWhy() {
		browser.get("/newsroom/account");

		Document weak = html(browser.post("/newsroom/account/password", "currentPassword", PASSWORD, "newPassword",
				"qwerty123456", "newPasswordAgain", "qwerty123456"));
		Document mistyped = html(browser.post("/newsroom/account/password", "currentPassword", PASSWORD, "newPassword",
				NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD + "!"));
		Document personal = html(browser.post("/newsroom/account/password", "currentPassword", PASSWORD, "newPassword",
				name + "2024", "newPasswordAgain", name + "2024"));

		assertThat(weak.select(".alert").text()).startsWith("널리 알려진 비밀번호");
		assertThat(mistyped.select(".alert").text()).isEqualTo("새 비밀번호 두 칸이 서로 다릅니다.");
		assertThat(personal.select(".alert").text()).startsWith("아이디, 이름이나 이메일 주소가 들어 있어");
		assertThat(accounts.passwordMatches(name, PASSWORD)).isTrue();
	}
}
