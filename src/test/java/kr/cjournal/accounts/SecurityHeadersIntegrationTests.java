package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every response carries, and what sign-in must not change about reader pages: they
 * stay publicly cacheable and never start a session.
 */
@AccountsServerTest
class SecurityHeadersIntegrationTests {

	static final String CSP = "default-src 'self'; script-src 'self' https://t1.kakaocdn.net; style-src 'self'; "
			+ "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	StaffBrowser reader() {
		return new StaffBrowser(port, "203.0.113.200");
	}

	long article() {
		return jdbc.sql("select min(id) from articles where status = 'PUBLISHED'").query(Long.class).single();
	}

	@Test
	void readerPagesCarryTheSecurityHeadersAndStayPubliclyCacheableWithoutASession() {
		long sessions = sessions();
		for (String path : List.of("/", "/section/industry", "/article/" + article(), "/article/" + article() + "/print",
				"/reporter/" + jdbc.sql("select min(id) from reporters").query(Long.class).single())) {
			HttpResponse<String> page = reader().get(path);

			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertSecurityHeaders(page, path);
			assertThat(page.headers().allValues("Cache-Control")).as(path).containsExactly("max-age=60, public");
			assertThat(page.headers().firstValue("Pragma")).as(path).isEmpty();
			assertThat(page.headers().firstValue("Expires")).as(path).isEmpty();
			assertThat(page.headers().firstValue("Set-Cookie")).as(path + " starts no session").isEmpty();
		}
		assertThat(sessions()).as("no session stored").isEqualTo(sessions);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/site.css", "/js/site.js", "/img/favicon.svg" })
	void assetsKeepTheirOwnCachingAndStartNoSession(String path) {
		HttpResponse<String> asset = reader().get(path);

		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store", "no-cache");
		assertThat(asset.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(asset.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void mediaKeepsItsYearLongCache() {
		String key = jdbc.sql("select media_key from article_photos order by id limit 1").query(String.class).single();

		HttpResponse<String> photo = reader().get("/media/" + key);

		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public");
		assertThat(photo.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aSignedInReaderPageIsStillPublicAndCacheable() {
		StaffBrowser staff = reader();
		staff.signIn("admin", AccountsServerTest.ADMIN_PASSWORD);

		HttpResponse<String> page = staff.get("/article/" + article());

		assertThat(page.headers().firstValue("Cache-Control")).contains("max-age=60, public");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void staffPagesCarryTheSecurityHeadersAndAreNeverStored() {
		StaffBrowser staff = reader();
		HttpResponse<String> login = staff.get("/login");
		staff.signIn("admin", AccountsServerTest.ADMIN_PASSWORD);
		HttpResponse<String> account = staff.get("/newsroom/account");

		for (HttpResponse<String> page : List.of(login, account)) {
			assertSecurityHeaders(page, page.uri().getPath());
			assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		}
		assertThat(account.statusCode()).isEqualTo(200);
	}

	@Test
	void behindAnHttpsProxyTheCookiesAreSecureAndHstsIsSent() {
		StaffBrowser browser = reader().header("X-Forwarded-Proto", "https");

		HttpResponse<String> login = browser.get("/login");
		// The test talks plain HTTP to the proxy's side, so its client would not send a Secure cookie back.
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		HttpResponse<String> signedIn = browser.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.post("/login", "username", "admin", "password", AccountsServerTest.ADMIN_PASSWORD);

		assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
		assertThat(cookie).startsWith("LOGIN_CSRF=").contains("Secure", "HttpOnly", "SameSite=Lax");
		assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
		HttpResponse<String> plain = reader().get("/login");
		HttpResponse<String> plainSignedIn = reader().signIn("admin", AccountsServerTest.ADMIN_PASSWORD);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
		assertThat(plainSignedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreForAdministrators() {
		assertThat(reader().get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(location(reader().get("/actuator/prometheus"))).isEqualTo("/login");
		String name = "metrics" + System.nanoTime() % 100000;
		accounts.createStaff(name, "윤지민", name + "@cjournal.example", "river lantern copper 58", Set.of(Role.EDITOR));
		StaffBrowser editor = new StaffBrowser(port, "203.0.113.201");
		editor.signIn(name, "river lantern copper 58");
		assertThat(editor.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		StaffBrowser admin = new StaffBrowser(port, "203.0.113.202");
		admin.signIn("admin", AccountsServerTest.ADMIN_PASSWORD);
		assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(200);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private static void assertSecurityHeaders(HttpResponse<String> page, String path) {
		assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).contains(CSP);
		assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
		assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
	}
}
