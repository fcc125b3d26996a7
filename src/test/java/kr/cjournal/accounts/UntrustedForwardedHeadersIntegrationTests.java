package kr.cjournal.accounts;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the settings as shipped no proxy is trusted: whatever X-Forwarded-* a client sends, it is
 * counted, logged and answered under the address it really connects from, so it can neither dodge
 * the sign-in lock nor lock out someone else's address.
 */
@Import(AccountsTestConfiguration.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"cjournal.demo=false", "CJOURNAL_ADMIN_PASSWORD=" + AccountsServerTest.ADMIN_PASSWORD })
class UntrustedForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void noPastFailures() {
		jdbc.sql("delete from sign_in_failures").update();
	}

	@Test
	void fiveFailuresUnderFiveForgedAddressesLockTheRealOne() {
		for (int i = 1; i <= 5; i++) {
			new StaffBrowser(port, "198.51.100." + i).signIn("guess" + i, "wrong password " + i);
		}

		StaffBrowser owner = new StaffBrowser(port, "198.51.100.99");
		assertThat(location(owner.signIn("admin", AccountsServerTest.ADMIN_PASSWORD)))
			.as("the address the guesses really came from is locked, whatever they claimed")
			.endsWith("/login?locked");
		assertThat(jdbc.sql("select throttle_key from sign_in_failures where throttle_key like 'address:%'")
			.query(String.class)
			.list()).containsExactly("address:127.0.0.1");
	}

	@Test
	void aForgedAddressCannotLockSomeoneElsesAddress() {
		String name = "untrusted" + System.nanoTime() % 100000;
		accounts.createStaff(name, "서하나", name + "@cjournal.example", StaffSignInContract.PASSWORD, Set.of(Role.REPORTER));
		for (int i = 1; i <= 5; i++) {
			// Claims to be the office's address, but the count goes to the attacker's own.
			new StaffBrowser(port, "203.0.113.10").signIn("someone" + i, "guess " + i);
		}
		jdbc.sql("delete from sign_in_failures where throttle_key = 'address:127.0.0.1'").update();

		assertThat(location(new StaffBrowser(port, "203.0.113.10").signIn(name, StaffSignInContract.PASSWORD)))
			.endsWith("/newsroom");
		assertThat(jdbc.sql("select count(*) from sign_in_failures where throttle_key = 'address:203.0.113.10'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aForgedForwardedProtoDoesNotMakeThePlainRequestSecure() {
		HttpResponse<String> login = new StaffBrowser(port, "198.51.100.7").header("X-Forwarded-Proto", "https")
			.get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(String.join("\n", login.headers().allValues("Set-Cookie"))).doesNotContain("Secure");
	}
}
