package kr.cjournal.exchange;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kr.cjournal.newsroom.ArticleCorrected;
import kr.cjournal.newsroom.ArticlePublished;
import kr.cjournal.newsroom.ArticleUnpublished;
import kr.cjournal.newsroom.ChangeFeed;

/**
 * Built RSS feeds, reused until a story is published, corrected or withdrawn: on this node from
 * the newsroom's events, on every other node by following the change feed every two seconds, so a
 * withdrawn story leaves every feed at once.
 */
@Component
class FeedCache {

	/** Null when caching is off ({@code cjournal.exchange.feeds.cache=0}). */
	private final Cache<String, Object> feeds;

	private final ChangeFeed changes;

	private final AtomicLong seen = new AtomicLong(-1);

	FeedCache(FeedSettings settings, ChangeFeed changes) {
		this.changes = changes;
		this.feeds = settings.cache().isZero() ? null
				: Caffeine.newBuilder().maximumSize(500).expireAfterWrite(settings.cache()).build();
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> build) {
		return feeds == null ? build.get() : (T) feeds.get(key, k -> build.get());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleCorrected event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleUnpublished event) {
		clear();
	}

	@Scheduled(fixedDelayString = "${cjournal.site.follow-changes:2s}")
	void followChanges() {
		long latest = changes.latest();
		if (seen.getAndSet(latest) != latest) {
			clear();
		}
	}

	private void clear() {
		if (feeds != null) {
			feeds.invalidateAll();
		}
	}
}
