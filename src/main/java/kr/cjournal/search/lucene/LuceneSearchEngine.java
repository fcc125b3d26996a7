package kr.cjournal.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.cjournal.search.IndexedStory;
import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;

/**
 * One Lucene index per node under {@code directory}: the live index in {@code index-<n>}, named
 * by the file {@code live}, which is replaced atomically when a rebuilt index is swapped in.
 * Every {@link #apply} is one commit carrying the sequence number of the last change, so the
 * index on disk always holds a whole prefix of the change feed. Searches may come from any
 * thread; indexing from one.
 */
public final class LuceneSearchEngine implements SearchEngine, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LuceneSearchEngine.class);

	private static final String SEQ = IndexFolder.SEQ;

	private static final int SUGGESTION_LENGTH = 80;

	private final Path root;

	private final KoreanAnalyzers analyzers;

	private final IndexFolder folder;

	/** Searches and apply() share the live index; a swap or close takes it away from them. */
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private volatile IndexFolder.Live live;

	private volatile long appliedSeq;

	public LuceneSearchEngine(Path directory, Vocabulary vocabulary) {
		this.root = directory;
		this.analyzers = new KoreanAnalyzers(vocabulary);
		try {
			Files.createDirectories(root);
			this.folder = new IndexFolder(root, analyzers.index());
			this.live = openLive();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + root, ex);
		}
	}

	@Override
	public SearchResults search(SearchQuery query) {
		QueryText text = QueryText.parse(query.text());
		if (text.isEmpty()) {
			return SearchResults.empty(query);
		}
		try {
			return withSearcher(searcher -> search(searcher, query, text));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search for [{}] failed; answering no results", query.text(), ex);
			return SearchResults.empty(query);
		}
	}

	private SearchResults search(IndexSearcher searcher, SearchQuery query, QueryText text) throws IOException {
		Query matching = text.toQuery(new QueryBuilder(analyzers.query()), new QueryBuilder(analyzers.index()),
				StoryDocuments.SEARCHED);
		if (matching == null) {
			return SearchResults.empty(query);
		}
		Query filtered = filtered(matching, query);
		long total = searcher.count(filtered);
		long first = (long) (query.page() - 1) * query.size();
		if (first >= total) {
			return new SearchResults(total, query.page(), query.size(), List.of());
		}
		int wanted = (int) (first + query.size());
		TopDocs top = query.sort() == SearchQuery.Sort.NEWEST
				? searcher.search(filtered, wanted,
						new Sort(new SortField(StoryDocuments.PUBLISHED, SortField.Type.LONG, true)))
				: searcher.search(FunctionScoreQuery.boostByValue(filtered, freshness()), wanted);
		ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, (int) Math.min(first, top.scoreDocs.length),
				top.scoreDocs.length);
		Map<String, String[]> marked = Snippets.highlight(searcher, analyzers.index(), matching,
				new TopDocs(top.totalHits, page));
		StoredFields stored = searcher.storedFields();
		List<SearchResults.Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = stored.document(page[i].doc);
			String headline = doc.get(StoryDocuments.HEADLINE);
			String headlineHtml = marked.get(StoryDocuments.HEADLINE)[i];
			String snippetHtml = marked.get(StoryDocuments.BODY)[i];
			if (snippetHtml == null) {
				snippetHtml = Snippets.escape(Snippets.opening(doc.get(StoryDocuments.BODY)));
			}
			hits.add(new SearchResults.Hit(Long.parseLong(doc.get(StoryDocuments.ID)), headline,
					headlineHtml != null ? headlineHtml : Snippets.escape(headline), Snippets.plain(snippetHtml),
					snippetHtml, StoryDocuments.time(doc.getField(StoryDocuments.PUBLISHED).numericValue().longValue())));
		}
		return new SearchResults(total, query.page(), query.size(), hits);
	}

	private static Query filtered(Query matching, SearchQuery query) {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(matching, Occur.MUST);
		filter(filtered, StoryDocuments.SECTIONS, query.sectionId());
		filter(filtered, StoryDocuments.REPORTERS, query.reporterId());
		filter(filtered, StoryDocuments.PEOPLE, query.personId());
		filter(filtered, StoryDocuments.ORGANIZATIONS, query.organizationId());
		if (query.from() != null || query.to() != null) {
			long from = query.from() == null ? Long.MIN_VALUE : StoryDocuments.millis(query.from());
			long to = query.to() == null ? Long.MAX_VALUE : StoryDocuments.millis(query.to()) - 1;
			filtered.add(LongPoint.newRangeQuery(StoryDocuments.PUBLISHED, from, to), Occur.FILTER);
		}
		return filtered.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, Long value) {
		if (value != null) {
			query.add(LongPoint.newExactQuery(field, value), Occur.FILTER);
		}
	}

	/**
	 * Shared words by MoreLikeThis over headline and body, and each shared person or company
	 * counting like several shared words; fresher stories preferred.
	 */
	@Override
	public List<Long> related(long articleId, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		try {
			return withSearcher(searcher -> {
				TopDocs self = searcher.search(new TermQuery(StoryDocuments.idTerm(articleId)), 1);
				if (self.scoreDocs.length == 0) {
					return List.<Long>of();
				}
				int doc = self.scoreDocs[0].doc;
				MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
				mlt.setAnalyzer(analyzers.index());
				mlt.setFieldNames(new String[] { StoryDocuments.HEADLINE, StoryDocuments.BODY });
				mlt.setMinTermFreq(1);
				mlt.setMinDocFreq(2);
				// 10% of the stories, but not less than a few in a young index.
				mlt.setMaxDocFreq(Math.max(5, searcher.getIndexReader().numDocs() / 10));
				mlt.setMaxQueryTerms(25);
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				query.add(mlt.like(doc), Occur.SHOULD);
				Document source = searcher.storedFields()
					.document(doc, Set.of(StoryDocuments.PEOPLE, StoryDocuments.ORGANIZATIONS));
				for (String field : List.of(StoryDocuments.PEOPLE, StoryDocuments.ORGANIZATIONS)) {
					for (IndexableField value : source.getFields(field)) {
						query.add(new BoostQuery(LongPoint.newExactQuery(field, value.numericValue().longValue()), 4f),
								Occur.SHOULD);
					}
				}
				query.add(new TermQuery(StoryDocuments.idTerm(articleId)), Occur.MUST_NOT);
				query.setMinimumNumberShouldMatch(1);
				TopDocs top = searcher.search(FunctionScoreQuery.boostByValue(query.build(), freshness()), limit);
				return ids(searcher, top);
			});
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Related stories of {} failed; answering none", articleId, ex);
			return List.of();
		}
	}

	@Override
	public List<String> suggest(String prefix, int limit) {
		String typed = prefix == null ? "" : prefix.strip();
		if (typed.isEmpty() || limit <= 0) {
			return List.of();
		}
		String cut = typed.length() > 100 ? typed.substring(0, 100) : typed;
		try {
			return withSearcher(searcher -> {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				String key = cut.toLowerCase(Locale.ROOT);
				query.add(new BoostQuery(new PrefixQuery(new Term(StoryDocuments.HEADLINE_KEY, key)), 3f), Occur.SHOULD);
				Query words = lastWordOpen(cut);
				if (words != null) {
					query.add(words, Occur.SHOULD);
				}
				TopDocs top = searcher.search(FunctionScoreQuery.boostByValue(query.build(), freshness()), limit * 3);
				StoredFields stored = searcher.storedFields();
				Set<String> headlines = new LinkedHashSet<>();
				for (ScoreDoc hit : top.scoreDocs) {
					String headline = stored.document(hit.doc, Set.of(StoryDocuments.HEADLINE)).get(StoryDocuments.HEADLINE);
					headlines.add(headline.length() > SUGGESTION_LENGTH ? headline.substring(0, SUGGESTION_LENGTH) + "…"
							: headline);
					if (headlines.size() == limit) {
						break;
					}
				}
				return List.copyOf(headlines);
			});
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Suggestions for [{}] failed; answering none", typed, ex);
			return List.of();
		}
	}

	/** The words typed so far in the headline, the last one perhaps unfinished (삼성전자 실 → 실적). */
	private Query lastWordOpen(String typed) {
		String[] words = typed.split("\\s+");
		String last = words[words.length - 1].toLowerCase(Locale.ROOT);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (words.length > 1) {
			Query before = new QueryBuilder(analyzers.query()).createBooleanQuery(StoryDocuments.HEADLINE,
					String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)), Occur.MUST);
			if (before != null) {
				query.add(before, Occur.MUST);
			}
		}
		query.add(new PrefixQuery(new Term(StoryDocuments.HEADLINE, last)), Occur.MUST);
		return query.build();
	}

	@Override
	public long appliedSeq() {
		return appliedSeq;
	}

	@Override
	public void apply(Collection<IndexedStory> upserts, Collection<Long> removals, long seq) {
		lock.readLock().lock();
		if (live == null) {
			lock.readLock().unlock();
			throw new IllegalStateException("The search index is closed");
		}
		try {
			IndexWriter writer = live.writer();
			for (IndexedStory story : upserts) {
				writer.updateDocument(StoryDocuments.idTerm(story.id()), StoryDocuments.of(story));
			}
			for (Long id : removals) {
				writer.deleteDocuments(StoryDocuments.idTerm(id));
			}
			writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
			writer.commit();
			appliedSeq = seq;
			live.manager().maybeRefreshBlocking();
		}
		catch (IOException | RuntimeException ex) {
			lock.readLock().unlock();
			reopenAfterFailedApply();
			throw ex instanceof IOException io
					? new UncheckedIOException("Cannot apply changes up to " + seq + " to the search index", io)
					: (RuntimeException) ex;
		}
		lock.readLock().unlock();
	}

	/**
	 * Drops what a failed apply() left uncommitted in the writer, which would otherwise go out with
	 * the next commit under a sequence number that does not describe it: the index goes back to
	 * its last commit, and the follower, retrying from {@link #appliedSeq()}, applies it again.
	 */
	private void reopenAfterFailedApply() {
		lock.writeLock().lock();
		try {
			if (live != null) {
				IndexFolder.Live failed = live;
				failed.close();
				live = folder.open(failed.name(), OpenMode.CREATE_OR_APPEND);
				appliedSeq = IndexFolder.seqOf(live.writer());
			}
		}
		catch (IOException ex) {
			live = null;
			log.error("The search index could not be reopened after a failed update; searches answer nothing", ex);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public long size() {
		try {
			return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Build startBuild() {
		String name = folder.nextName();
		try {
			return new FreshIndex(name, folder.open(name, OpenMode.CREATE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start a new search index in " + root.resolve(name), ex);
		}
	}

	@Override
	public void close() {
		lock.writeLock().lock();
		try {
			if (live != null) {
				live.close();
				live = null;
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private final class FreshIndex implements Build {

		private final IndexFolder.Live fresh;

		private boolean swapped;

		private FreshIndex(String name, IndexFolder.Live fresh) {
			this.fresh = fresh;
		}

		@Override
		public void add(Collection<IndexedStory> stories) {
			try {
				for (IndexedStory story : stories) {
					fresh.writer().updateDocument(StoryDocuments.idTerm(story.id()), StoryDocuments.of(story));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void swapIn(long seq) {
			IndexFolder.Live old;
			try {
				fresh.writer().setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
				fresh.writer().commit();
				fresh.manager().maybeRefreshBlocking();
				lock.writeLock().lock();
				try {
					folder.writePointer(fresh.name());
					old = live;
					live = fresh;
					appliedSeq = seq;
					swapped = true;
				}
				finally {
					lock.writeLock().unlock();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot swap in the new search index " + fresh.name(), ex);
			}
			// Searches still running on the old reader keep their open files until they finish.
			if (old != null) {
				old.close();
				folder.delete(old.name());
			}
			log.info("Search index {} is live, holding changes up to {}", fresh.name(), seq);
		}

		@Override
		public void close() {
			if (!swapped) {
				fresh.close();
				folder.delete(fresh.name());
			}
		}
	}

	private interface SearcherWork<T> {
		T apply(IndexSearcher searcher) throws IOException;
	}

	private <T> T withSearcher(SearcherWork<T> work) throws IOException {
		IndexSearcher searcher;
		lock.readLock().lock();
		try {
			if (live == null) {
				throw new IllegalStateException("The search index is closed");
			}
			searcher = live.manager().acquire();
		}
		finally {
			lock.readLock().unlock();
		}
		try {
			return work.apply(searcher);
		}
		finally {
			// Not through the manager: it may have been closed by a swap meanwhile.
			searcher.getIndexReader().decRef();
		}
	}

	private Freshness freshness() {
		return new Freshness(System.currentTimeMillis());
	}

	private static List<Long> ids(IndexSearcher searcher, TopDocs top) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<Long> ids = new ArrayList<>();
		for (ScoreDoc hit : top.scoreDocs) {
			ids.add(Long.parseLong(stored.document(hit.doc, Set.of(StoryDocuments.ID)).get(StoryDocuments.ID)));
		}
		return ids;
	}

	/** The live index named by the pointer, or an empty one when it is missing or corrupt. */

	private IndexFolder.Live openLive() throws IOException {
		String name = folder.readPointer();
		if (name != null && Files.isDirectory(root.resolve(name))) {
			try {
				IndexFolder.Live opened = folder.open(name, OpenMode.CREATE_OR_APPEND);
				appliedSeq = IndexFolder.seqOf(opened.writer());
				return opened;
			}
			catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
					| NoSuchFileException ex) {
				Path aside = root.resolve("corrupt-" + name);
				folder.delete(aside.getFileName().toString());
				Files.move(root.resolve(name), aside);
				log.warn("Search index {} is corrupt ({}): moved aside to {} and started empty; "
						+ "the change feed fills it again from the start", root.resolve(name), ex.toString(), aside);
			}
		}
		String fresh = folder.nextName();
		IndexFolder.Live created = folder.open(fresh, OpenMode.CREATE);
		created.writer().commit();
		folder.writePointer(fresh);
		appliedSeq = 0;
		return created;
	}

}
