package kr.cjournal.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reader accounts: how long e-mailed links last, and how often one client address or account may
 * ask for what costs a mail or an account (per node: a second node has its own allowance).
 * @param confirmValidity how long a link confirming an e-mail address works (48 hours)
 * @param resetValidity how long a password reset link works (1 hour)
 * @param signUpsPerHour sign-up forms sent from one client address in an hour, refused or not
 * @param confirmationMailsPerHour new confirmation links one reader may ask for in an hour
 * @param resetMailsPerHour reset links asked for from one client address in an hour; one e-mail
 * address gets at most a third of that (at least one), so nobody fills another's mailbox
 */
@ConfigurationProperties("cjournal.accounts.readers")
record ReaderSettings(Duration confirmValidity, Duration resetValidity, int signUpsPerHour,
		int confirmationMailsPerHour, int resetMailsPerHour) {

	ReaderSettings {
		confirmValidity = confirmValidity == null ? Duration.ofHours(48) : confirmValidity;
		resetValidity = resetValidity == null ? Duration.ofHours(1) : resetValidity;
		signUpsPerHour = signUpsPerHour <= 0 ? 20 : signUpsPerHour;
		confirmationMailsPerHour = confirmationMailsPerHour <= 0 ? 3 : confirmationMailsPerHour;
		resetMailsPerHour = resetMailsPerHour <= 0 ? 10 : resetMailsPerHour;
	}

	int resetMailsPerAddressPerHour() {
		return Math.max(1, resetMailsPerHour / 3);
	}
}
