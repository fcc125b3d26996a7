package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff admin pages as an administrator, a reporter and a stranger meet them. */
@AccountsServerTest
class StaffAdminIntegrationTests {

	static final String PASSWORD = "river lantern copper 58";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountsTestConfiguration.SavedAccounts saved;

	@Autowired
	ApiTokens tokens;

	@BeforeEach
	void noPastFailures() {
		jdbc.sql("delete from sign_in_failures").update();
	}

	StaffBrowser browser() {
		return new StaffBrowser(port, "203.0.113." + SEQUENCE.incrementAndGet() % 250);
	}

	StaffBrowser admin() {
		StaffBrowser admin = browser();
		assertThat(location(admin.signIn("admin", AccountsServerTest.ADMIN_PASSWORD))).endsWith("/newsroom");
		return admin;
	}

	String reporter() {
		String name = "staff" + SEQUENCE.incrementAndGet();
		accounts.createStaff(name, "박지우", name + "@cjournal.example", PASSWORD, Set.of(Role.REPORTER));
		return name;
	}

	@Test
	void strangersAreSentToSignInAndReportersAreTurnedAway() {
		HttpResponse<String> stranger = browser().get("/newsroom/admin/staff");
		StaffBrowser reporter = browser();
		reporter.signIn(reporter(), PASSWORD);
		HttpResponse<String> refused = reporter.get("/newsroom/admin/staff");

		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(location(stranger)).isEqualTo("/login?next=%2Fnewsroom%2Fadmin%2Fstaff");
		assertThat(location(browser().get("/newsroom"))).isEqualTo("/login");
		assertThat(refused.statusCode()).isEqualTo(403);
		Document page = html(refused);
		assertThat(page.select("h1").text()).isEqualTo("접근할 수 없습니다");
		assertThat(page.select(".staff-nav").text()).as("still their own header").contains("내 기사")
			.doesNotContain("직원 관리");
		assertThat(reporter.get("/newsroom/admin/staff/new").statusCode()).isEqualTo(403);
	}

	@Test
	void theAdministratorSeesEveryStaffMember() {
		String reporter = reporter();

		Document list = html(admin().get("/newsroom/admin/staff"));

		assertThat(list.select(".staff-table tbody tr").text()).contains("관리자", "admin", reporter, "박지우", "기자");
		assertThat(list.select(".staff-nav a[href=/newsroom/admin/staff]").text()).isEqualTo("직원 관리");
	}

	@Test
	void anAddedMemberCanSignInWithTheGeneratedPasswordShownOnce() {
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/new");
		String name = "new" + SEQUENCE.incrementAndGet();

		HttpResponse<String> created = admin.post("/newsroom/admin/staff", form(name, "이도윤", name + "@cjournal.example",
				"password", "", "roles", "REPORTER", "roles", "EDITOR"));

		assertThat(created.statusCode()).isEqualTo(302);
		Document page = html(admin.get(location(created)));
		String password = page.select("#shown-password").text();
		assertThat(password).hasSize(20);
		assertThat(html(admin.get(location(created))).select("#shown-password")).as("shown once").isEmpty();
		assertThat(location(browser().signIn(name, password))).endsWith("/newsroom");
		StaffAccountSaved event = saved.last(name);
		assertThat(event.roles()).isEqualTo(EnumSet.of(Role.REPORTER, Role.EDITOR));
		assertThat(event.email()).isEqualTo(name + "@cjournal.example");
		assertThat(event.displayName()).isEqualTo("이도윤");
		assertThat(event.enabled()).isTrue();
	}

	@Test
	void mistakesInTheFormAreShownInKoreanNextToTheirFields() {
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/new");

		Document page = html(admin.post("/newsroom/admin/staff", form("Bad Name!", "", "not-an-email", "password",
				"password123")));

		assertThat(page.select(".field-error").eachText()).containsExactly(
				"아이디는 영문 소문자, 숫자와 . _ - 로 3~60자여야 하며 영문이나 숫자로 시작해야 합니다.", "이름을 입력해 주세요.",
				"이메일 주소가 올바르지 않습니다. 예: hong@cjournal.kr", "직원 역할을 하나 이상 골라 주세요.",
				"널리 알려진 비밀번호이거나 그것을 조금 바꾼 비밀번호입니다. 남들이 떠올리기 어려운 낱말 몇 개를 이어 더 길게 만들어 주세요.");
		assertThat(page.select("#displayName").attr("value")).isEmpty();
		assertThat(accounts.findByUsername("bad name!")).isEmpty();
	}

	@Test
	void aDisabledMemberIsSignedOutAndCannotSignInAgain() {
		String name = reporter();
		StaffBrowser member = browser();
		member.signIn(name, PASSWORD);
		assertThat(member.get("/newsroom/account").statusCode()).isEqualTo(200);
		long id = accounts.findByUsername(name).orElseThrow().id();
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		HttpResponse<String> disabled = admin.post("/newsroom/admin/staff/" + id + "/disable", Map.of());

		assertThat(location(disabled)).isEqualTo("/newsroom/admin/staff");
		assertThat(html(admin.get("/newsroom/admin/staff")).select(".notice").text()).contains("비활성화했습니다");
		assertThat(location(member.get("/newsroom/account"))).as("signed out at once").isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
		assertThat(location(browser().signIn(name, PASSWORD))).as("same answer as a wrong password")
			.endsWith("/login?error");
		assertThat(saved.last(name).enabled()).isFalse();
	}

	@Test
	void theAdministratorChangesNameEmailAndRoles() {
		String name = reporter();
		long id = accounts.findByUsername(name).orElseThrow().id();
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		HttpResponse<String> saved = admin.post("/newsroom/admin/staff/" + id,
				form(null, "박지우 선임기자", "jiwoo@cjournal.example", "enabled", "true", "roles", "REPORTER", "roles",
						"MODERATOR", "roles", "READER"));

		assertThat(location(saved)).isEqualTo("/newsroom/admin/staff/" + id);
		Document page = html(admin.get("/newsroom/admin/staff/" + id));
		assertThat(page.select(".notice").text()).isEqualTo("저장했습니다.");
		assertThat(page.select("#displayName").attr("value")).isEqualTo("박지우 선임기자");
		assertThat(page.select("input[name=roles][checked]").eachAttr("value")).containsExactly("REPORTER", "MODERATOR");
		StaffAccountSaved event = this.saved.last(name);
		assertThat(event.displayName()).isEqualTo("박지우 선임기자");
		assertThat(event.email()).isEqualTo("jiwoo@cjournal.example");
		assertThat(event.roles()).as("only staff roles come from this form").isEqualTo(EnumSet.of(Role.REPORTER, Role.MODERATOR));
	}

	@Test
	void theAdministratorCannotLockThemselvesOut() {
		long id = accounts.findByUsername("admin").orElseThrow().id();
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		Document page = html(admin.post("/newsroom/admin/staff/" + id,
				form(null, "관리자", "admin@localhost", "roles", "EDITOR")));

		assertThat(page.select(".field-error").eachText()).containsExactly("자신의 관리자 역할은 뺄 수 없습니다.",
				"자기 계정은 비활성화할 수 없습니다.");
		assertThat(accounts.findByUsername("admin").orElseThrow().roles()).isEqualTo(EnumSet.allOf(Role.class));
		assertThat(page.select("form[action$=/disable]")).as("no disable button for oneself").isEmpty();

		admin.post("/newsroom/admin/staff/" + id, form(null, "관리자", "admin@localhost", "enabled", "true", "roles",
				"REPORTER", "roles", "EDITOR", "roles", "MODERATOR", "roles", "ADMIN"));
		assertThat(accounts.findByUsername("admin").orElseThrow().roles()).as("READER is not on the form and stays")
			.isEqualTo(EnumSet.allOf(Role.class));
	}

	@Test
	void aResetPasswordIsCheckedAndEndsTheMembersSessions() {
		String name = reporter();
		long id = accounts.findByUsername(name).orElseThrow().id();
		StaffBrowser member = browser();
		member.signIn(name, PASSWORD);
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		Document weak = html(admin.post("/newsroom/admin/staff/" + id + "/password", Map.of("password", "short")));
		HttpResponse<String> reset = admin.post("/newsroom/admin/staff/" + id + "/password",
				Map.of("password", "amber pelican tunnel 64"));

		assertThat(weak.select(".field-error").text()).contains("10자 이상");
		assertThat(location(reset)).isEqualTo("/newsroom/admin/staff/" + id);
		assertThat(accounts.passwordMatches(name, "amber pelican tunnel 64")).isTrue();
		assertThat(location(member.get("/newsroom/account"))).isEqualTo(StaffBrowser.SIGN_IN_FOR_ACCOUNT);
		assertThat(html(admin.get(location(reset))).select("#shown-password")).as("a typed password is not shown")
			.isEmpty();
	}

	@Test
	void aResetPasswordRevokesTheMembersApiTokens() {
		String name = reporter();
		long id = accounts.findByUsername(name).orElseThrow().id();
		tokens.issue(id, "스크립트", Set.of(TokenScope.READ));
		tokens.issue(id, "다른 스크립트", Set.of(TokenScope.READ, TokenScope.ARTICLES_WRITE));
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		admin.post("/newsroom/admin/staff/" + id + "/password", Map.of("password", ""));

		assertThat(tokens.of(id)).hasSize(2).allMatch(ApiToken::revoked);
		assertThat(tokens.of(accounts.findByUsername("admin").orElseThrow().id())).as("not the administrator's")
			.anyMatch(token -> !token.revoked());
	}

	@Test
	void anAdministratorSetsAPassphraseOfFortyHangulSyllables() {
		String name = reporter();
		long id = accounts.findByUsername(name).orElseThrow().id();
		String passphrase = "푸른소나무숲길따라걷다가만난작은옹달샘물에비친구름한조각을손으로떠마셨던봄날아침";
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		HttpResponse<String> reset = admin.post("/newsroom/admin/staff/" + id + "/password", Map.of("password", passphrase));
		Document tooLong = html(admin.post("/newsroom/admin/staff/" + id + "/password",
				Map.of("password", passphrase.repeat(4))));

		assertThat(location(reset)).isEqualTo("/newsroom/admin/staff/" + id);
		assertThat(location(browser().signIn(name, passphrase))).endsWith("/newsroom");
		assertThat(tooLong.select(".field-error").text()).contains("128자 이하");
		assertThat(accounts.passwordMatches(name, passphrase)).isTrue();
	}

	@Test
	void aGeneratedResetPasswordIsShownOnceAndWorks() {
		String name = reporter();
		long id = accounts.findByUsername(name).orElseThrow().id();
		StaffBrowser admin = admin();
		admin.get("/newsroom/admin/staff/" + id);

		HttpResponse<String> reset = admin.post("/newsroom/admin/staff/" + id + "/password", Map.of("password", ""));
		String password = html(admin.get(location(reset))).select("#shown-password").text();

		assertThat(accounts.passwordMatches(name, password)).isTrue();
		assertThat(accounts.passwordMatches(name, PASSWORD)).isFalse();
	}

	@Test
	void theMessagesOfTheLastPageCannotBeForgedInTheAddress() {
		Document page = html(admin().get("/newsroom/admin/staff/1?notice=hacked&shownPassword=chosen-by-attacker"));

		assertThat(page.text()).doesNotContain("hacked", "chosen-by-attacker");
	}

	/** Form fields as name, value pairs: name (left out when null), display name, e-mail, then the rest. */
	private static String[] form(String username, String displayName, String email, String... more) {
		List<String> form = new ArrayList<>();
		if (username != null) {
			form.addAll(List.of("username", username));
		}
		form.addAll(List.of("displayName", displayName, "email", email));
		form.addAll(List.of(more));
		return form.toArray(String[]::new);
	}
}
