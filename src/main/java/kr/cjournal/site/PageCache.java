package kr.cjournal.site;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Built reader pages, reused for a short while so that a breaking story read by thousands costs
 * the database a handful of queries. Absent answers (null: not found) are never cached.
 */
@Component
class PageCache {

	/** Null when caching is turned off ({@code cjournal.site.page-cache=0}). */
	private final Cache<Object, Object> pages;

	PageCache(SiteSettings settings) {
		this.pages = settings.pageCache().isZero() ? null
				: Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(settings.pageCache()).build();
	}

	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> build) {
		return pages == null ? build.get() : (T) pages.get(key, k -> build.get());
	}

	void clear() {
		if (pages != null) {
			pages.invalidateAll();
		}
	}
}
