package kr.cjournal.search;

import java.util.Collection;
import java.util.List;

/**
 * The search engine as the rest of Cjournal sees it: one Lucene index per node today
 * ({@code LuceneSearchEngine}); an OpenSearch or Elasticsearch cluster could stand behind the
 * same calls. Indexing calls come from one thread (the change-feed follower); searches from any.
 */
public interface SearchEngine {

	/** The matches of a reader's query, a page of them; never throws for what a reader typed. */
	SearchResults search(SearchQuery query);

	/** Up to {@code limit} ids of stories related to this one (shared words and people), recent ones preferred; never itself. */
	List<Long> related(long articleId, int limit);

	/** Up to {@code limit} headlines that complete what was typed so far. */
	List<String> suggest(String prefix, int limit);

	/** The sequence number of the last change whose effect the index holds durably; 0 for an empty index. */
	long appliedSeq();

	/**
	 * Puts these stories in (replacing what it held of them), takes the others out, and records
	 * that every change up to {@code seq} is applied: durably and atomically — after a crash the
	 * index holds either all of it or none of it, with the matching {@link #appliedSeq()}.
	 */
	void apply(Collection<IndexedStory> upserts, Collection<Long> removals, long seq);

	/** How many stories the live index holds. */
	long size();

	/**
	 * Starts a fresh index beside the live one (a changed dictionary, an admin's reindex);
	 * searches keep using the live one until {@link Build#swapIn}.
	 */
	Build startBuild();

	/** The same with the analyser knowing these words (a reindex after admins changed them): live with them once swapped in. */
	Build startBuild(SearchWords.Words words);

	/** A fresh index being filled; closing it without swapping in throws it away. */
	interface Build extends AutoCloseable {

		void add(Collection<IndexedStory> stories);

		/** Makes this the live index, holding every change up to {@code seq}; the old one is deleted. */
		void swapIn(long seq);

		@Override
		void close();
	}
}
