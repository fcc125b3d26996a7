package kr.cjournal.accounts;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * How often a client address or an account may sign up, ask for a confirmation link or a reset
 * link: a Bucket4j bucket per key (kind and address, account or e-mail) that fills up to its
 * hourly allowance, in a Caffeine cache that forgets a key an hour after its last use and holds
 * at most 100,000, so the limits cannot grow without bound. In memory, per node.
 */
@Component
class ReaderAllowances {

	private static final Duration PERIOD = Duration.ofHours(1);

	enum Kind {
		SIGN_UP, CONFIRMATION_MAIL, RESET_FROM_ADDRESS, RESET_TO_EMAIL
	}

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(PERIOD)
		.maximumSize(100_000)
		.build();

	private final ReaderSettings settings;

	ReaderAllowances(ReaderSettings settings) {
		this.settings = settings;
	}

	/** Takes one from the key's allowance: 0 when it may go ahead, else the minutes to wait. */
	long take(Kind kind, String key) {
		int perHour = switch (kind) {
			case SIGN_UP -> settings.signUpsPerHour();
			case CONFIRMATION_MAIL -> settings.confirmationMailsPerHour();
			case RESET_FROM_ADDRESS -> settings.resetMailsPerHour();
			case RESET_TO_EMAIL -> settings.resetMailsPerAddressPerHour();
		};
		Bucket bucket = buckets.get(kind + ":" + key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, PERIOD))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMinutes(probe.getNanosToWaitForRefill()) + 1);
	}
}
