package kr.cjournal.search;

import java.time.OffsetDateTime;

/**
 * A reader's search. {@code text} is what they typed, never query syntax: words, "quoted
 * phrases" and -excluded words; anything else in it is text. Filters are null when not set;
 * {@code from} inclusive, {@code to} exclusive. {@code page} counts from 1.
 */
public record SearchQuery(String text, Long sectionId, OffsetDateTime from, OffsetDateTime to, Long reporterId,
		Long personId, Long organizationId, Sort sort, int page, int size) {

	public enum Sort {
		/** Best match first, fresher stories lifted as a news reader expects. */
		RELEVANCE,
		/** Newest first among the matches. */
		NEWEST
	}

	/** Longest text considered; the rest is cut off (a reader's query is never this long). */
	public static final int MAX_TEXT = 200;

	public SearchQuery {
		text = text == null ? "" : text;
		sort = sort == null ? Sort.RELEVANCE : sort;
		page = Math.max(1, page);
		size = Math.max(1, Math.min(size, 50));
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, Sort.RELEVANCE, 1, 10);
	}
}
