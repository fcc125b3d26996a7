package kr.cjournal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: {@code cj_} and 32 random bytes in base64url, shown once when issued.
 * Only the SHA-256 of a token is stored (a random 256-bit secret needs no slow hash), with its
 * first characters so its owner can tell tokens apart.
 */
@Component
class ApiTokens {

	static final String PREFIX = "cj_";

	private static final int SHOWN_PREFIX = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** A new token for the account; the returned string is the only time anyone sees it. */
	String issue(long accountId, String name, Set<TokenScope> scopes) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		register(accountId, name, token, scopes);
		return token;
	}

	/** Stores a token chosen elsewhere (CJOURNAL_ADMIN_TOKEN) for the account. */
	void register(long accountId, String name, String token, Set<TokenScope> scopes) {
		if (scopes.isEmpty()) {
			throw new IllegalArgumentException("A token needs at least one scope");
		}
		jdbc.sql("""
				insert into api_tokens (account_id, name, prefix, token_hash, scopes, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(accountId, name, token.substring(0, Math.min(SHOWN_PREFIX, token.length())), hash(token),
					TokenScope.format(scopes), now())
			.update();
	}

	/** The account's tokens, newest first, revoked ones included. */
	List<ApiToken> of(long accountId) {
		return jdbc.sql("""
				select id, name, prefix, scopes, created_at, last_used_at, revoked_at from api_tokens
				where account_id = ? order by created_at desc, id desc""")
			.params(accountId)
			.query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					TokenScope.parse(rs.getString("scopes")), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/** Revokes one of the account's own tokens; false when it has no such live token. */
	boolean revoke(long accountId, long tokenId) {
		return jdbc.sql("update api_tokens set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(now(), tokenId, accountId)
			.update() > 0;
	}

	/** Revokes every live token of the account, when its password changes or it is disabled. */
	int revokeAll(long accountId) {
		return jdbc.sql("update api_tokens set revoked_at = ? where account_id = ? and revoked_at is null")
			.params(now(), accountId)
			.update();
	}

	/** Who holds a live token of an enabled account, noting when it was used; empty for anything else. */
	Optional<Owner> owner(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<Owner> owner = jdbc.sql("""
				select a.username, a.roles, t.scopes from api_tokens t join accounts a on a.id = t.account_id
				where t.token_hash = ? and t.revoked_at is null and a.enabled = true""")
			.params(hash)
			.query((rs, n) -> new Owner(rs.getString("username"), Accounts.parseRoles(rs.getString("roles")),
					TokenScope.parse(rs.getString("scopes"))))
			.optional();
		// To the minute is enough to see whether a token is still in use, and spares a write per request.
		OffsetDateTime now = now();
		owner.ifPresent(found -> jdbc
			.sql("update api_tokens set last_used_at = ? where token_hash = ? and (last_used_at is null or last_used_at < ?)")
			.params(now, hash, now.minusMinutes(1))
			.update());
		return owner;
	}

	/** Who holds a token, with the owner's roles now and what the token was made for. */
	record Owner(String username, Set<Role> roles, Set<TokenScope> scopes) {
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private OffsetDateTime now() {
		// Microseconds, as both databases keep them, so a stored time compares equal to the same time.
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}
}
