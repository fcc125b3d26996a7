package kr.cjournal.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fullText whether RSS items carry the whole story in {@code content:encoded}; off, a feed
 * reader shows the summary and links to the site
 * @param cache how long a built feed is reused (dropped at once when a story is published,
 * corrected or withdrawn); zero builds every feed on request
 */
@ConfigurationProperties("cjournal.exchange.feeds")
record FeedSettings(boolean fullText, Duration cache) {

	FeedSettings {
		cache = cache == null ? Duration.ZERO : cache;
	}
}
