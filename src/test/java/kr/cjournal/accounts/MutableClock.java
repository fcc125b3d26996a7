package kr.cjournal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward, so a lock or a timeout can pass without waiting for it. */
final class MutableClock extends Clock {

	private volatile Instant now = Instant.now();

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	/** Back to the real time, for the next test. */
	void reset() {
		now = Instant.now();
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}
}
