package kr.cjournal.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Personal API tokens: made on the account page, used as bearer tokens, revoked. */
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

		HttpResponse<String> made = browser.post("/newsroom/account/tokens", "name", "기사 가져오기");
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
	void aTokenCarriesItsOwnersRolesAndNeedsNoCsrfToken() {
		String name = member(Role.REPORTER);
		long owner = accounts.findByUsername(name).orElseThrow().id();
		String token = tokens().issue(owner, "스크립트");
		long id = jdbc.sql("select id from api_tokens where token_hash = ?").params(ApiTokens.hash(token))
			.query(Long.class).single();

		HttpResponse<String> admin = bearer("/newsroom/admin/staff", token);
		HttpResponse<String> revokeItself = send(HttpRequest.newBuilder(uri("/newsroom/account/tokens/" + id + "/revoke"))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(json.readTree(admin.body()).path("error").asString()).isEqualTo("forbidden");
		assertThat(revokeItself.statusCode()).as("a POST without a CSRF token").isEqualTo(302);
		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenCannotMintTokensOrChangeThePassword() {
		String name = member(Role.EDITOR);
		String token = tokens().issue(accounts.findByUsername(name).orElseThrow().id(), "스크립트");

		HttpResponse<String> mint = send(HttpRequest.newBuilder(uri("/newsroom/account/tokens"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=more")));

		assertThat(mint.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from api_tokens where name = 'more'").query(Long.class).single()).isZero();
	}

	@Test
	void aDisabledAccountsTokenStopsWorking() {
		String name = member(Role.REPORTER);
		Account account = accounts.findByUsername(name).orElseThrow();
		String token = tokens().issue(account.id(), "스크립트");
		assertThat(bearer("/api/v1/me", token).statusCode()).isEqualTo(200);

		accounts.update(account.id(), account.displayName(), name + "@cjournal.example", account.roles(), false);

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
