package kr.cjournal.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param absoluteTimeout how long a sign-in lasts however busy the person is; then they sign in
 * again. The idle timeout is Spring Session's ({@code spring.session.timeout}).
 * @param maxFailures failed sign-ins, per account and per client address, that lock sign-in
 * @param lockDuration how long such a lock lasts; failures older than this are forgotten
 * @param adminEmail the first administrator's e-mail address
 * @param requireTwoFactor whether administrators and desk editors must sign in with a code as
 * well: until they turn two-factor sign-in on, their only newsroom page is the one that does it
 */
@ConfigurationProperties("cjournal.accounts")
record AccountsSettings(Duration absoluteTimeout, int maxFailures, Duration lockDuration, String adminEmail,
		boolean requireTwoFactor) {

	AccountsSettings {
		absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
		maxFailures = maxFailures <= 0 ? 5 : maxFailures;
		lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
		adminEmail = adminEmail == null || adminEmail.isBlank() ? "admin@localhost" : adminEmail.strip();
	}

	/** "15분", "1시간", as the locked-out message says it. */
	String lockDurationInKorean() {
		long minutes = Math.max(1, lockDuration.toMinutes());
		return minutes % 60 == 0 ? (minutes / 60) + "시간" : minutes + "분";
	}
}
