package kr.cjournal.comments.moderation;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * How many temporary measure requests one client address may file: a Bucket4j bucket per address
 * refilled once an hour ({@link ModerationSettings#measureRequestsPerHour()}), kept in a bounded
 * Caffeine cache so the limit itself cannot grow without bound.
 */
@Component
class MeasureRequestLimit {

	private static final Duration PERIOD = Duration.ofHours(1);

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(PERIOD).maximumSize(50_000).build();

	private final int perHour;

	MeasureRequestLimit(ModerationSettings settings) {
		this.perHour = settings.measureRequestsPerHour();
	}

	/** Takes one request from the address's allowance; false when it has none left this hour. */
	boolean take(String address) {
		return buckets.get(address == null ? "" : address,
				key -> Bucket.builder().addLimit(limit -> limit.capacity(perHour).refillIntervally(perHour, PERIOD)).build())
			.tryConsume(1);
	}
}
