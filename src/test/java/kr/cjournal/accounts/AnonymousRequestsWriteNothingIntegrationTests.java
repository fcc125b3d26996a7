package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.support.MovableClock;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stranger can make the server keep: no session for opening staff pages, the sign-in page or
 * the API without signing in (the page asked for travels in {@code /login?next=}, the sign-in
 * form's CSRF token in a cookie), and failure counts that are purged once their lock has passed.
 */
@AccountsServerTest
class AnonymousRequestsWriteNothingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	MovableClock clock;

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void anonymousRequestsStoreNoSession() {
		long article = jdbc.sql("select min(id) from articles where status = 'PUBLISHED'").query(Long.class).single();
		long before = rows("spring_session");
		long attributesBefore = rows("spring_session_attributes");

		for (String path : List.of("/newsroom", "/newsroom/account", "/newsroom/articles/1/edit", "/newsroom/csrf",
				"/newsroom/admin/staff", "/login", "/login?error", "/login?next=/newsroom/desk", "/api/v1/me", "/",
				"/article/" + article, "/no-such-page", "/actuator/prometheus")) {
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> response = stranger().get(path);
				assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
			}
		}

		assertThat(rows("spring_session")).as("session rows").isEqualTo(before);
		assertThat(rows("spring_session_attributes")).isEqualTo(attributesBefore);
	}

	@Test
	void theSignInPageKeepsItsTokenInACookieOfItsOwnAndStillRefusesAFormWithoutIt() {
		HttpResponse<String> login = stranger().get("/login");

		assertThat(login.headers().allValues("Set-Cookie")).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("LOGIN_CSRF=").contains("Path=/login", "HttpOnly",
					"SameSite=Lax"));
		StaffBrowser elsewhere = stranger();
		String token = html(login).select("input[name=_csrf]").val();
		HttpResponse<String> forged = elsewhere.postWithoutCsrf("/login",
				Map.of("username", "admin", "password", AccountsServerTest.ADMIN_PASSWORD, "_csrf", token));
		assertThat(location(forged)).as("the form's token without its cookie").endsWith("/login?expired");
	}

	@Test
	void theStaffPageAskedForIsInTheSignInAddressAndOpensAfterSigningIn() {
		StaffBrowser browser = stranger();

		HttpResponse<String> away = browser.get("/newsroom/articles/1/edit?tab=photos");
		assertThat(location(away)).isEqualTo("/login?next=%2Fnewsroom%2Farticles%2F1%2Fedit%3Ftab%3Dphotos");
		HttpResponse<String> signedIn = browser.signIn(location(away), "admin", AccountsServerTest.ADMIN_PASSWORD);

		assertThat(location(signedIn)).isEqualTo("/newsroom/articles/1/edit?tab=photos");
	}

	@Test
	void nextNeverLeadsOutsideTheNewsroom() {
		for (String next : List.of("//evil.example/newsroom", "https://evil.example/newsroom", "/\\evil.example",
				"/newsroomx", "/login", "/newsroom/\r\nSet-Cookie:x=y", " /newsroom", "/actuator/prometheus")) {
			StaffBrowser browser = stranger();
			assertThat(html(browser.get("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)))
				.select("input[name=next]")).as(next).isEmpty();
			HttpResponse<String> signedIn = browser.post("/login", "username", "admin", "password",
					AccountsServerTest.ADMIN_PASSWORD, "next", next);
			assertThat(location(signedIn)).as(next).isEqualTo("/newsroom");
		}
	}

	@Test
	void failureCountsArePurgedOnceTheirWindowAndLockHavePassed() {
		jdbc.sql("delete from sign_in_failures").update();
		for (int address = 1; address <= 4; address++) {
			StaffBrowser sprayer = new StaffBrowser(port, "198.51.100." + (100 + address));
			for (int i = 0; i < 6; i++) {
				sprayer.signIn("nobody-" + UUID.randomUUID(), "guess " + i);
			}
		}
		assertThat(rows("sign_in_failures")).as("5 names and the address, for each of 4 addresses").isEqualTo(24);

		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.purge()).as("while locked").isZero();
		clock.advance(Duration.ofMinutes(1));
		new StaffBrowser(port, "198.51.100.120").signIn("nobody-late", "guess");

		assertThat(throttle.purge()).isEqualTo(24);
		assertThat(jdbc.sql("select throttle_key from sign_in_failures order by throttle_key").query(String.class).list())
			.containsExactly("account:nobody-late", "address:198.51.100.120");
	}

	private StaffBrowser stranger() {
		return new StaffBrowser(port, "203.0.113.240");
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
