package kr.cjournal.people.recognition;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * How many recognitions each account may ask for: a Bucket4j bucket per account that fills up to
 * {@link RecognitionSettings#requestsPerMinute()} once a minute. Buckets live in a Caffeine cache
 * that forgets an account a minute after its last request (a full bucket then) and holds at most
 * 10,000, so the limit itself cannot grow without bound.
 */
@Component
class RecognitionLimit {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(PERIOD)
		.maximumSize(10_000)
		.build();

	private final int perMinute;

	RecognitionLimit(RecognitionSettings settings) {
		this.perMinute = settings.requestsPerMinute();
	}

	/** Takes one request from the account's allowance; 0 when it may go ahead, else the seconds to wait. */
	long take(String account) {
		Bucket bucket = buckets.get(account, key -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, PERIOD))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
	}

	int perMinute() {
		return perMinute;
	}
}
