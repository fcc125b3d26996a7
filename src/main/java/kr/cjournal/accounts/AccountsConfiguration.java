package kr.cjournal.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** The id new hashes are stored under, as Spring Security's own factory names it. */
	static final String CURRENT_HASH = "pbkdf2@SpringSecurity_v5_8";

	@Bean
	PasswordEncoder passwordEncoder() {
		return passwords();
	}

	/**
	 * PBKDF2-HMAC-SHA256 (310,000 rounds) for new passwords, because BCrypt reads only the first 72
	 * bytes, which is 24 Hangul syllables: a Korean passphrase longer than that could not be set at
	 * all. PBKDF2 takes any length and is in the JDK. The BCrypt hashes stored before, which have no
	 * {@code {id}} prefix, still match and are rehashed when their owner next signs in.
	 */
	static PasswordEncoder passwords() {
		return passwords(Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
	}

	/**
	 * The same encoder with fewer PBKDF2 rounds, for tests that sign in hundreds of times. The
	 * stored hash does not record its rounds, so one database must never mix two numbers.
	 */
	static PasswordEncoder passwords(int rounds) {
		return passwords(new Pbkdf2PasswordEncoder("", 16, rounds, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256));
	}

	private static PasswordEncoder passwords(Pbkdf2PasswordEncoder pbkdf2) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(CURRENT_HASH,
				Map.of(CURRENT_HASH, pbkdf2, "bcrypt", bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}
}
