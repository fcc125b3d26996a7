package kr.cjournal.accounts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;

import kr.cjournal.support.MovableClock;

/**
 * What the accounts tests need to see inside the running application: a clock they move, a
 * count of password comparisons and the {@link StaffAccountSaved} events published.
 */
@TestConfiguration(proxyBeanMethods = false)
class AccountsTestConfiguration {

	@Bean
	@Primary
	MovableClock testClock() {
		return new MovableClock(java.time.Instant.now());
	}

	@Bean
	@Primary
	CountingPasswordEncoder countingPasswordEncoder() {
		return new CountingPasswordEncoder();
	}

	@Bean
	SavedAccounts savedAccounts() {
		return new SavedAccounts();
	}

	/**
	 * The application's own encoder at 1,000 PBKDF2 rounds instead of 310,000 (a sign-in then costs
	 * a fraction of a millisecond, not a seventh of a second), counting how often a password is
	 * compared with a hash.
	 */
	static class CountingPasswordEncoder implements PasswordEncoder {

		static final int ROUNDS = 1_000;

		final AtomicInteger comparisons = new AtomicInteger();

		private final PasswordEncoder passwords = AccountsConfiguration.passwords(ROUNDS);

		@Override
		public String encode(CharSequence rawPassword) {
			return passwords.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			comparisons.incrementAndGet();
			return passwords.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return passwords.upgradeEncoding(encodedPassword);
		}
	}

	/** Every {@link StaffAccountSaved} published, in order. */
	static class SavedAccounts {

		final List<StaffAccountSaved> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(StaffAccountSaved event) {
			events.add(event);
		}

		StaffAccountSaved last(String username) {
			return events.stream().filter(e -> e.username().equals(username)).reduce((a, b) -> b).orElseThrow();
		}
	}
}
