package kr.cjournal.comments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How stories' comment lists are kept in memory.
 * @param listCache how long a built list (one story, sort and page) is reused at most; a change on
 * this node drops it at once, so this bounds only how stale another node's list can be
 * @param listCacheSize how many lists are kept
 */
@ConfigurationProperties("cjournal.comments.thread")
record ThreadSettings(Duration listCache, Integer listCacheSize) {

	ThreadSettings {
		listCache = listCache == null ? Duration.ofSeconds(30) : listCache;
		listCacheSize = listCacheSize == null ? 5_000 : listCacheSize;
	}
}
