package kr.cjournal.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins within the lock duration,
 * for one account or from one client address, sign-in is refused for the lock duration. The
 * counts live in the database, so a lock holds on every node. An unknown user name is counted
 * like a real one, so a lock says nothing about which accounts exist.
 * <p>
 * Each failure may add a row (one per user name tried, one per address), and anyone can try
 * names; so rows whose window and lock have both passed are purged every
 * {@code cjournal.accounts.throttle-purge-interval} (5 minutes). What a stranger can grow is then
 * bounded by time: at most two rows per failed sign-in of the last lock duration, each costing the
 * server a BCrypt comparison (tens of sign-ins a second at best), and from one address no more than
 * {@code maxFailures} of them before the lock stops counting.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final JdbcClient jdbc;

	private final AccountsSettings settings;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, AccountsSettings settings, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** Whether sign-in is locked for this user name or from this address. */
	boolean isLocked(String username, String address) {
		return jdbc.sql("select count(*) from sign_in_failures where throttle_key in (?, ?) and locked_until > ?")
			.params(accountKey(username), addressKey(address), now())
			.query(Long.class)
			.single() > 0;
	}

	/** Counts a failure against both the account and the address, locking either at the limit. */
	void failed(String username, String address) {
		count(accountKey(username));
		count(addressKey(address));
	}

	/**
	 * Forgets the account's failures. The address keeps its count: otherwise one valid account
	 * would let its holder reset the count while guessing at others from the same address.
	 */
	void succeeded(String username) {
		jdbc.sql("delete from sign_in_failures where throttle_key = ?").params(accountKey(username)).update();
	}

	/** Deletes the failures nobody needs any more: outside the window and not (or no longer) locked. */
	@Scheduled(fixedDelayString = "${cjournal.accounts.throttle-purge-interval:5m}",
			initialDelayString = "${cjournal.accounts.throttle-purge-interval:5m}")
	int purge() {
		OffsetDateTime now = now();
		int purged = jdbc.sql("delete from sign_in_failures where first_failed_at <= ? and (locked_until is null or locked_until <= ?)")
			.params(now.minus(settings.lockDuration()), now)
			.update();
		if (purged > 0) {
			log.debug("Purged {} expired sign-in failure count(s)", purged);
		}
		return purged;
	}

	private void count(String key) {
		OffsetDateTime now = now();
		OffsetDateTime windowStart = now.minus(settings.lockDuration());
		// One statement, so concurrent failures on two nodes both count.
		int updated = jdbc.sql("""
				update sign_in_failures set
				  failures = case when first_failed_at > :windowStart then failures + 1 else 1 end,
				  first_failed_at = case when first_failed_at > :windowStart then first_failed_at else :now end,
				  locked_until = case when (case when first_failed_at > :windowStart then failures + 1 else 1 end) >= :max
				                      then :lockedUntil else null end
				where throttle_key = :key and (locked_until is null or locked_until <= :now)""")
			.param("windowStart", windowStart)
			.param("now", now)
			.param("max", settings.maxFailures())
			.param("lockedUntil", now.plus(settings.lockDuration()))
			.param("key", key)
			.update();
		if (updated == 0 && !exists(key)) {
			try {
				jdbc.sql("insert into sign_in_failures (throttle_key, failures, first_failed_at, locked_until) values (?, 1, ?, ?)")
					.params(key, now, settings.maxFailures() <= 1 ? now.plus(settings.lockDuration()) : null)
					.update();
			}
			catch (DuplicateKeyException raced) {
				count(key);
			}
		}
	}

	private boolean exists(String key) {
		return jdbc.sql("select count(*) from sign_in_failures where throttle_key = ?").params(key).query(Long.class).single() > 0;
	}

	private OffsetDateTime now() {
		// Microseconds, as both databases keep them, so a stored time compares equal to the same time.
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	private static String accountKey(String username) {
		return "account:" + clip(StaffRules.normalize(username));
	}

	private static String addressKey(String address) {
		return "address:" + clip(address == null ? "unknown" : address);
	}

	/** Whatever was typed as a user name fits the key column; real ones are 60 characters at most. */
	private static String clip(String value) {
		return value.length() > 200 ? value.substring(0, 200) : value;
	}
}
