package kr.cjournal.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port over an in-memory H2 with the demo newsroom and the page
 * cache on, the first administrator's password and token set, the application's own CSRF tokens
 * (see {@link RealCsrfTokens}), the test's own loopback address trusted as a proxy (so
 * {@link StaffBrowser}'s X-Forwarded-For gives each browser an address of its own),
 * {@link AccountsTestConfiguration} and MockMvc. Every class with this annotation shares one
 * running application: the accounts tests and the reader tests that need a real server (HTTP
 * revalidation, the page cache, share buttons with a Kakao key, no YouTube channel and a public
 * base URL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(AccountsTestConfiguration.class)
@ExtendWith(RealCsrfTokens.class)
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"CJOURNAL_ADMIN_PASSWORD=" + AccountsServerTest.ADMIN_PASSWORD, "CJOURNAL_ADMIN_TOKEN=" + AccountsServerTest.ADMIN_TOKEN,
		"cjournal.accounts.trusted-proxies=" + AccountsServerTest.LOOPBACK,
		"cjournal.site.kakao-js-key=" + AccountsServerTest.KAKAO_KEY, "cjournal.site.youtube-channel=",
		"cjournal.site.base-url=" + AccountsServerTest.BASE_URL })
public @interface AccountsServerTest {

	String ADMIN_PASSWORD = "harbour signal maple 31";

	/** Loopback as trusted proxies: the tests' requests stand for a proxy on the same host. */
	String LOOPBACK = "127.0.0.0/8, ::1/128";

	String ADMIN_TOKEN = "cj_operator-chosen-token-0123456789abcdefghijklmnop";

	String KAKAO_KEY = "0123abcd";

	/** The public scheme and host of canonical and share links. */
	String BASE_URL = "https://news.example.kr";
}
