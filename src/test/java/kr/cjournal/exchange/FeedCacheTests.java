package kr.cjournal.exchange;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kr.cjournal.newsroom.ArticleCorrected;
import kr.cjournal.newsroom.ArticlePublished;
import kr.cjournal.newsroom.ArticleUnpublished;
import kr.cjournal.newsroom.ChangeFeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class FeedCacheTests {

	final ChangeFeed changes = mock(ChangeFeed.class);

	final FeedCache cache = new FeedCache(new FeedSettings(false, Duration.ofHours(1)), changes);

	final AtomicInteger builds = new AtomicInteger();

	@Test
	void aFeedIsBuiltOnceUntilTheNewsroomChangesSomething() {
		build();
		build();
		assertThat(builds).hasValue(1);

		cache.on(new ArticleUnpublished(1));
		build();
		cache.on(new ArticlePublished(2));
		build();
		cache.on(new ArticleCorrected(3));
		build();
		assertThat(builds).hasValue(4);
	}

	@Test
	void anotherNodesChangeSeenInTheChangeFeedDropsTheFeeds() {
		when(changes.latest()).thenReturn(5L, 5L, 6L);
		cache.followChanges();
		build();
		cache.followChanges();
		build();
		assertThat(builds).hasValue(1);

		cache.followChanges();
		build();
		assertThat(builds).hasValue(2);
	}

	private String build() {
		return cache.get("rss:", () -> "feed " + builds.incrementAndGet());
	}
}
