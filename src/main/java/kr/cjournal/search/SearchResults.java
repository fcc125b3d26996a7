package kr.cjournal.search;

import java.time.OffsetDateTime;
import java.util.List;

/** A page of matches and how many there are in all. */
public record SearchResults(long total, int page, int size, List<Hit> hits) {

	/**
	 * One match. {@code headlineHtml} and {@code snippetHtml} are HTML-escaped text with the
	 * query's words in {@code <mark>}; {@code snippet} is the same passage as plain text.
	 */
	public record Hit(long id, String headline, String headlineHtml, String snippet, String snippetHtml,
			OffsetDateTime publishedAt) {
	}

	public SearchResults {
		hits = List.copyOf(hits);
	}

	public static SearchResults empty(SearchQuery query) {
		return new SearchResults(0, query.page(), query.size(), List.of());
	}

	public int pages() {
		return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
	}
}
