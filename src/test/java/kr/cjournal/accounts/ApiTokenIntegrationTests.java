package kr.cjournal.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: made with scopes on the account page, used as bearer tokens, revoked. */
@AccountsServerTest
class ApiTokenIntegrationTests {

	static final String PASSWORD = "river lantern copper 58";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theOperatorsAdminTokenSignsInAsTheFirstAdministratorWithEveryRole() {
		HttpResponse<String> me = bearer("/api/v1/me", AccountsServerTest.ADMIN_TOKEN);

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode body = json.readTree(me.body());
		assertThat(body.path("username").asString()).isEqualTo("admin");
		assertThat(body.path("displayName").asString()).isEqualTo("관리자");
		assertThat(body.path("roles").values().stream().map(JsonNode::asString).toList())
			.containsExactly("REPORTER", "EDITOR", "MODERATOR", "ADMIN", "READER");
		assertThat(me.headers().firstValue("Set-Cookie")).as("no session for a token").isEmpty();
	}

	@Test
	void aTokenMadeOnTheAccountPageWorksUntilItIsRevoked() {
		String name = member(Role.REPORTER);
		StaffBrowser browser = signedIn(name);
		browser.get("/newsroom/account/tokens");

		HttpResponse<String> made = browser.post("/newsroom/account/tokens", "name", "기사 가져오기", "scope", "read");
		Document page = html(browser.get(location(made)));
		String token = page.select("#new-token").text();

		assertThat(token).startsWith("cj_").hasSize(46);
		assertThat(page.select(".token-table").text()).contains("기사 가져오기", token.substring(0, 10)).doesNotContain(token);
		assertThat(html(browser.get("/newsroom/account/tokens")).select("#new-token")).as("shown once").isEmpty();
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?").params(ApiTokens.hash(token))
			.query(Long.class).single()).as("stored hashed").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ? or prefix = ?").params(token, token)
			.query(Long.class).single()).as("never in clear").isZero();

		HttpResponse<String> me = bearer("/api/v1/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json.readTree(me.body()).path("username").asString()).isEqualTo(name);
		assertThat(html(browser.get("/newsroom/account/tokens")).select(".token-table td").eachText())
			.as("last use is shown").doesNotContain("사용 전");

		browser.get("/newsroom/account/tokens");
		long id = jdbc.sql("select id from api_tokens where token_hash = ?").params(ApiTokens.hash(token))
			.query(Long.class).single();
		browser.post("/newsroom/account/tokens/" + id + "/revoke", Map.of());

		HttpResponse<String> revoked = bearer("/api/v1/me", token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(json.readTree(revoked.body()).path("error").asString()).isEqualTo("unauthorized");
		assertThat(json.readTree(revoked.body()).path("message").asString()).isNotBlank();
	}

	@Test
	void scopesAreChosenWhenATokenIsMadeAndShownInTheList() {
		StaffBrowser browser = signedIn(member(Role.EDITOR));
		Document form = html(browser.get("/newsroom/account/tokens"));

		assertThat(form.select(".token-scopes input[name=scope]").eachAttr("value"))
			.containsExactly("read", "people:write", "articles:write", "articles:publish", "comments:screen");
		assertThat(form.select(".token-scopes input[checked]").eachAttr("value")).as("read is offered ticked")
			.containsExactly("read");
		assertThat(form.select(".token-scopes label").eachText()).anyMatch(l -> l.startsWith("인물 등록"));

		Document none = html(browser.post("/newsroom/account/tokens", "name", "아무것도"));
		HttpResponse<String> made = browser.post("/newsroom/account/tokens", "name", "인물 스크립트", "scope", "read",
				"scope", "people:write");
		String token = html(browser.get(location(made))).select("#new-token").text();
		Document list = html(browser.get("/newsroom/account/tokens"));

		assertThat(none.select(".field-error").text()).isEqualTo("토큰이 할 수 있는 일(권한)을 하나 이상 골라 주세요.");
		assertThat(jdbc.sql("select count(*) from api_tokens where name = '아무것도'").query(Long.class).single()).isZero();
		assertThat(list.select(".token-table tr:contains(인물 스크립트) .token-scopes-cell").text())
			.isEqualTo("읽기, 인물 등록");
		assertThat(jdbc.sql("select scopes from api_tokens where token_hash = ?").params(ApiTokens.hash(token))
			.query(String.class).single()).isEqualTo("read,people:write");
	}

	@Test
	void aTokenDoesOnlyWhatItsScopesAllowAndNeedsNoCsrfToken() {
		String name = member(Role.REPORTER);
		long owner = accounts.findByUsername(name).orElseThrow().id();
		String reader = tokens().issue(owner, "읽기만", Set.of(TokenScope.READ));
		String writer = tokens().issue(owner, "기사", Set.of(TokenScope.ARTICLES_WRITE));
		String preview = "{\"markdown\": \"**굵게**\", \"headline\": \"제목\", \"subtitle\": \"\"}";

		HttpResponse<String> recognize = postJson("/api/v1/people/recognize", reader, "{\"text\": \"정하준 기자\"}");
		HttpResponse<String> addPerson = postJson("/api/v1/people", reader,
				"{\"name\": \"윤서진\", \"organization\": \"한울전자\", \"title\": \"사장\"}");
		HttpResponse<String> previewWithoutScope = postJson("/newsroom/preview", reader, preview);
		HttpResponse<String> previewWithScope = postJson("/newsroom/preview", writer, preview);
		HttpResponse<String> meWithoutRead = bearer("/api/v1/me", writer);

		assertThat(recognize.statusCode()).as("read, and no CSRF token").isEqualTo(200);
		for (HttpResponse<String> refused : List.of(addPerson, previewWithoutScope, meWithoutRead)) {
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(json.readTree(refused.body()).path("error").asString()).isEqualTo("insufficient_scope");
			assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
		}
		assertThat(json.readTree(addPerson.body()).path("message").asString()).contains("인물 등록", "people:write");
		assertThat(previewWithScope.statusCode()).isEqualTo(200);
		assertThat(json.readTree(previewWithScope.body()).path("html").asString()).contains("<strong>굵게</strong>");
	}

	@Test
	void aTokenCarriesAtMostItsOwnersRoles() {
		String name = member(Role.REPORTER);
		String token = tokens().issue(accounts.findByUsername(name).orElseThrow().id(), "모든 권한",
				EnumSet.allOf(TokenScope.class));

		HttpResponse<String> metrics = bearer("/actuator/prometheus", token);

		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(200);
		assertThat(metrics.statusCode()).as("administrators only, whatever the scopes").isEqualTo(403);
		assertThat(json.readTree(metrics.body()).path("error").asString()).isEqualTo("forbidden");
		assertThat(bearer("/actuator/prometheus", AccountsServerTest.ADMIN_TOKEN).statusCode()).isEqualTo(200);
	}

	/**
	 * A leaked token, even an administrator's with every scope, must not be enough to take an
	 * account over, make one, mint more tokens or look at the staff pages.
	 */
	@Test
	void noTokenReachesStaffAdministrationPasswordsTokensSignInOrStaffPages() {
		String admin = member(Role.ADMIN);
		String token = tokens().issue(accounts.findByUsername(admin).orElseThrow().id(), "모든 권한",
				EnumSet.allOf(TokenScope.class));
		String victim = member(Role.EDITOR);
		long victimId = accounts.findByUsername(victim).orElseThrow().id();
		String stolen = "stolen harbour violin 42";

		List<HttpResponse<String>> refused = List.of(
				postForm("/newsroom/admin/staff/" + victimId + "/password", token, "password=" + stolen.replace(' ', '+')),
				postForm("/newsroom/admin/staff", token, "username=intruder&displayName=x&email=x%40example.com"
						+ "&roles=ADMIN&password=" + stolen.replace(' ', '+')),
				postForm("/newsroom/admin/staff/" + victimId + "/disable", token, ""),
				postForm("/newsroom/account/password", token, "currentPassword=" + PASSWORD.replace(' ', '+')
						+ "&newPassword=" + stolen.replace(' ', '+') + "&newPasswordAgain=" + stolen.replace(' ', '+')),
				postForm("/newsroom/account/tokens", token, "name=more&scope=read"),
				postForm("/logout", token, ""),
				postForm("/login", token, "username=" + victim + "&password=x"),
				bearer("/newsroom/admin/staff", token),
				bearer("/newsroom/account/tokens", token),
				bearer("/newsroom", token),
				bearer("/newsroom/articles/1/edit", token));

		for (HttpResponse<String> response : refused) {
			assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
			assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("token_not_allowed");
			assertThat(json.readTree(response.body()).path("message").asString()).contains("API 토큰으로는");
		}
		assertThat(accounts.passwordMatches(victim, PASSWORD)).isTrue();
		assertThat(accounts.passwordMatches(victim, stolen)).isFalse();
		assertThat(accounts.findByUsername("intruder")).isEmpty();
		assertThat(accounts.findByUsername(victim).orElseThrow().enabled()).isTrue();
		assertThat(jdbc.sql("select count(*) from api_tokens where name = 'more'").query(Long.class).single()).isZero();
	}

	@Test
	void theOperatorsTokenCannotResetTheFirstAdministratorsPassword() {
		HttpResponse<String> reset = postForm("/newsroom/admin/staff/1/password", AccountsServerTest.ADMIN_TOKEN,
				"password=stolen+harbour+violin+42");
		HttpResponse<String> create = postForm("/newsroom/admin/staff", AccountsServerTest.ADMIN_TOKEN,
				"username=intruder2&displayName=x&email=y%40example.com&roles=ADMIN&password=stolen+harbour+violin+42");

		assertThat(reset.statusCode()).isEqualTo(403);
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(accounts.passwordMatches("admin", AccountsServerTest.ADMIN_PASSWORD)).isTrue();
		assertThat(accounts.findByUsername("intruder2")).isEmpty();
	}

	@Test
	void tokensMadeBeforeScopesExistedMayOnlyRead() {
		String name = member(Role.EDITOR);
		String token = "cj_made-before-scopes-" + SEQUENCE.incrementAndGet() + "-0123456789abcdefghij";
		// As the migration leaves rows of before: no scopes given, the column's default.
		jdbc.sql("insert into api_tokens (account_id, name, prefix, token_hash) values (?, ?, ?, ?)")
			.params(accounts.findByUsername(name).orElseThrow().id(), "예전 토큰", "cj_made-be", ApiTokens.hash(token))
			.update();

		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(200);
		assertThat(postJson("/newsroom/preview", token, "{\"markdown\": \"x\"}").statusCode()).isEqualTo(403);
		assertThat(postJson("/api/v1/people", token, "{\"name\": \"윤서진\"}").statusCode()).isEqualTo(403);
	}

	@Test
	void aDisabledAccountsTokenStopsWorkingAndStaysRevokedWhenTheAccountIsEnabledAgain() {
		String name = member(Role.REPORTER);
		Account account = accounts.findByUsername(name).orElseThrow();
		String token = tokens().issue(account.id(), "스크립트", Set.of(TokenScope.READ));
		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(200);

		accounts.update(account.id(), account.displayName(), name + "@cjournal.example", account.roles(), false);
		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(401);
		accounts.update(account.id(), account.displayName(), name + "@cjournal.example", account.roles(), true);

		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(401);
	}

	@Test
	void programsWithoutAValidTokenGetJson401NeverTheSignInPage() {
		HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/v1/me")).GET());
		HttpResponse<String> bad = bearer("/api/v1/me", "cj_not-a-real-token");
		HttpResponse<String> badOnAPage = bearer("/newsroom/account", "cj_not-a-real-token");
		HttpResponse<String> script = send(HttpRequest.newBuilder(uri("/newsroom/account"))
			.header("Accept", "application/json")
			.GET());

		for (HttpResponse<String> response : List.of(none, bad, badOnAPage, script)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
			assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("unauthorized");
		}
	}

	@Test
	void aSignedInBrowserMayUseTheApiToo() {
		StaffBrowser browser = signedIn(member(Role.MODERATOR));

		HttpResponse<String> me = browser.get("/api/v1/me");

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json.readTree(me.body()).path("roles").values().stream().map(JsonNode::asString).toList())
			.containsExactly("MODERATOR");
	}

	private ApiTokens tokens;

	@Autowired
	void setTokens(ApiTokens tokens) {
		this.tokens = tokens;
	}

	private ApiTokens tokens() {
		return tokens;
	}

	private String member(Role role) {
		String name = "api" + SEQUENCE.incrementAndGet();
		accounts.createStaff(name, "정하준", name + "@cjournal.example", PASSWORD, Set.of(role));
		return name;
	}

	private StaffBrowser signedIn(String name) {
		StaffBrowser browser = new StaffBrowser(port, "203.0.113." + SEQUENCE.incrementAndGet() % 250);
		assertThat(location(browser.signIn(name, PASSWORD))).endsWith("/newsroom");
		return browser;
	}

	private HttpResponse<String> bearer(String path, String token) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
	}

	private HttpResponse<String> postJson(String path, String token, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> postForm(String path, String token, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
