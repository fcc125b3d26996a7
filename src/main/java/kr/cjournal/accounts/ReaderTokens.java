package kr.cjournal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets in e-mailed links (confirm an address, reset a password): 32 random bytes, of which
 * only the SHA-256 is kept in {@code reader_tokens}. A token works once, until it expires, and a
 * new one of the same purpose voids the account's earlier ones.
 */
@Component
class ReaderTokens {

	enum Purpose {
		CONFIRM, RESET
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ReaderTokens(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** A new token for the account, voiding its unused ones of the same purpose; returns the secret. */
	@Transactional
	String issue(long accountId, Purpose purpose, Duration validity) {
		OffsetDateTime now = now();
		jdbc.sql("update reader_tokens set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(now, accountId, purpose.name())
			.update();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("insert into reader_tokens (token_hash, account_id, purpose, expires_at, created_at) values (?, ?, ?, ?, ?)")
			.params(hash(token), accountId, purpose.name(), now.plus(validity), now)
			.update();
		return token;
	}

	/** The account whose unused, unexpired token this is, without using it up. */
	Optional<Long> peek(String token, Purpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from reader_tokens where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
			.params(hash(token), purpose.name(), now())
			.query(Long.class)
			.optional();
	}

	/**
	 * Uses the token up: the account it was for, when it was unused and unexpired. One statement
	 * marks it used, so of two requests with the same link (on any node) only one gets the account.
	 */
	@Transactional
	Optional<Long> redeem(String token, Purpose purpose) {
		Optional<Long> account = peek(token, purpose);
		if (account.isEmpty()) {
			return account;
		}
		OffsetDateTime now = now();
		int used = jdbc.sql("update reader_tokens set used_at = ? where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
			.params(now, hash(token), purpose.name(), now)
			.update();
		return used == 1 ? account : Optional.empty();
	}

	/** What a link can carry: 43 characters of base64url (32 bytes); anything else is not ours. */
	private static boolean wellFormed(String token) {
		return token != null && token.length() == 43 && token.chars().allMatch(c -> c < 128
				&& (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}
}
