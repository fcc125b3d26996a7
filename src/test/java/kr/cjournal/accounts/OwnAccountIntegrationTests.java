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

	String name;

	StaffBrowser browser;

	@BeforeEach
	void aSignedInEditor() {
		name = "editor" + SEQUENCE.incrementAndGet();
		accounts.createStaff(name, "최서윤", name + "@cjournal.example", PASSWORD, Set.of(Role.EDITOR));
		browser = browser();
		browser.signIn(name, PASSWORD);
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
