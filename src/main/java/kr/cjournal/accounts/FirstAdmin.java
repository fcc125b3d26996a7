package kr.cjournal.accounts;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is none. There is no default password: it comes
 * from {@code CJOURNAL_ADMIN_PASSWORD} or is generated and printed once, here, at first start.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	/** No 0/O, 1/l/I: the password is read off a log by a person. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;

	private final String configuredPassword;

	FirstAdmin(Accounts accounts, @Value("${CJOURNAL_ADMIN_PASSWORD:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (accounts.exists(USERNAME)) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generatePassword() : configuredPassword;
		accounts.create(USERNAME, "관리자", password, EnumSet.allOf(Role.class));
		if (generated) {
			log.warn("""

					==================================================================
					 First administrator created. This password is shown only once:
					   user name: {}
					   password:  {}
					 Set CJOURNAL_ADMIN_PASSWORD before the first start to choose it.
					==================================================================""", USERNAME, password);
		}
		else {
			log.info("First administrator '{}' created with the password from CJOURNAL_ADMIN_PASSWORD", USERNAME);
		}
	}

	static String generatePassword() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
