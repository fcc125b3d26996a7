package kr.cjournal.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Makes reader accounts straight in the database (an account holding only READER, user name =
 * e-mail, and its profile), unique per call, so tests need not go through the sign-up form.
 */
@TestComponent
public class TestReaders {

	/** The password every reader made here has. */
	public static final String PASSWORD = "독자의 긴 비밀번호 2026!";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Readers readers;

	TestReaders(JdbcClient jdbc, PasswordEncoder passwords, Readers readers) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.readers = readers;
	}

	/** A new confirmed reader whose nickname starts with {@code prefix} (kept short enough for the rules). */
	public Reader create(String prefix) {
		return create(prefix, true);
	}

	public Reader create(String prefix, boolean confirmed) {
		int n = SEQUENCE.incrementAndGet();
		String nickname = prefix + n + Long.toString(System.nanoTime() % 100_000, 36);
		String email = "reader" + n + "-" + System.nanoTime() + "@example.com";
		jdbc.sql("insert into accounts (username, password_hash, display_name, email, roles) values (?, ?, ?, ?, 'READER')")
			.params(email, passwords.encode(PASSWORD), nickname, email)
			.update();
		Long accountId = jdbc.sql("select id from accounts where username = ?").params(email).query(Long.class).single();
		jdbc.sql("insert into reader_profiles (account_id, nickname, nickname_key, email_confirmed_at) values (?, ?, ?, "
				+ (confirmed ? "current_timestamp" : "null") + ")")
			.params(accountId, nickname, Readers.nicknameKey(nickname))
			.update();
		return readers.byId(accountId).orElseThrow();
	}

	/** A MockMvc request by that reader, signed in, with the CSRF token a form of ours carries. */
	public static RequestPostProcessor as(Reader reader) {
		RequestPostProcessor signedIn = user(reader.email()).roles("READER");
		RequestPostProcessor withToken = csrf();
		return request -> withToken.postProcessRequest(signedIn.postProcessRequest(request));
	}
}
