package kr.cjournal.site;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.newsroom.ArticleCorrected;
import kr.cjournal.newsroom.ArticlePublished;
import kr.cjournal.newsroom.ArticleUnpublished;
import kr.cjournal.newsroom.ChangeFeed;
import kr.cjournal.newsroom.TopStoriesChosen;
import kr.cjournal.people.DirectoryChanged;
import kr.cjournal.people.MentionsChanged;

/**
 * Drops built pages when the paper changes, so a withdrawn story leaves the home page and lists
 * at once: on this node from the newsroom's events, on every other node by following the
 * change feed every two seconds.
 */
@Component
class PageCacheEviction {

	private final PageCache cache;

	private final ChangeFeed feed;

	private final AtomicLong seen = new AtomicLong(-1);

	PageCacheEviction(PageCache cache, ChangeFeed feed) {
		this.cache = cache;
		this.feed = feed;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		cache.clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleCorrected event) {
		cache.clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleUnpublished event) {
		cache.clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TopStoriesChosen event) {
		cache.clear();
	}

	/** A person or company renamed, merged or given a new title shows on their pages and stories' lists. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(DirectoryChanged event) {
		cache.clear();
	}

	/** The stories listed on person and company pages come from mentions, which may be written later. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(MentionsChanged event) {
		cache.clear();
	}

	@Scheduled(fixedDelayString = "${cjournal.site.follow-changes:2s}")
	void followChanges() {
		long latest = feed.latest();
		if (seen.getAndSet(latest) != latest) {
			cache.clear();
		}
	}
}
