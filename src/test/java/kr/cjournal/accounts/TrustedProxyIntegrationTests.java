package kr.cjournal.accounts;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (here: loopback, as {@link AccountsServerTest} configures it) the address
 * the proxy saw is the client's: the throttle counts it, and the proxy's own address is never
 * locked for everyone behind it. Only the proxy's own entry counts: what the client put in front
 * of it is not believed.
 */
@AccountsServerTest
class TrustedProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noPastFailures() {
		jdbc.sql("delete from sign_in_failures").update();
	}

	@Test
	void theForwardedAddressIsCountedAndLockedNotTheProxys() {
		StaffBrowser guesser = new StaffBrowser(port, "198.51.100.21");
		for (int i = 1; i <= 5; i++) {
			guesser.signIn("guess" + i, "wrong password " + i);
		}

		assertThat(location(guesser.signIn("admin", AccountsServerTest.ADMIN_PASSWORD))).endsWith("/login?locked");
		assertThat(location(new StaffBrowser(port, "198.51.100.22").signIn("admin", AccountsServerTest.ADMIN_PASSWORD)))
			.as("another client behind the same proxy")
			.endsWith("/newsroom");
		assertThat(addressKeys()).containsExactly("address:198.51.100.21");
	}

	@Test
	void whatTheClientWroteBeforeTheProxysEntryIsNotBelieved() {
		// The proxy appends the address it saw (198.51.100.31) to what the client sent.
		for (int i = 1; i <= 5; i++) {
			new StaffBrowser(port, "192.0.2." + i + ", 198.51.100.31").signIn("guess" + i, "wrong password " + i);
		}

		assertThat(addressKeys()).containsExactly("address:198.51.100.31");
	}

	@Test
	void httpsAtTheProxyMakesTheRequestSecure() {
		HttpResponse<String> login = new StaffBrowser(port, "198.51.100.41").header("X-Forwarded-Proto", "https")
			.get("/login");

		assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
	}

	private java.util.List<String> addressKeys() {
		return jdbc.sql("select throttle_key from sign_in_failures where throttle_key like 'address:%'")
			.query(String.class)
			.list();
	}
}
