package kr.cjournal.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.cjournal.search.IndexedStory;
import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;
import kr.cjournal.search.SearchWords;

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

	private final Path root;

	private final IndexFolder folder;

	/** The live index's analysers and the queries made with them; a swap with new words replaces both. */
	private record Analysis(KoreanAnalyzers analyzers, IndexQueries queries) {

		static Analysis of(Vocabulary vocabulary) {
			KoreanAnalyzers analyzers = new KoreanAnalyzers(vocabulary);
			return new Analysis(analyzers, new IndexQueries(analyzers));
		}
	}

	private volatile Analysis analysis;

	/** Searches and apply() share the live index; a swap or close takes it away from them. */
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private volatile IndexFolder.Live live;

	private volatile long appliedSeq;

	public LuceneSearchEngine(Path directory, Vocabulary vocabulary) {
		this.root = directory;
		this.analysis = Analysis.of(vocabulary);
		try {
			Files.createDirectories(root);
			this.folder = new IndexFolder(root, analysis.analyzers().index());
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
			return withSearcher(searcher -> analysis.queries().search(searcher, query, text));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search for [{}] failed; answering no results", query.text(), ex);
			return SearchResults.empty(query);
		}
	}

	@Override
	public List<Long> related(long articleId, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		try {
			return withSearcher(searcher -> analysis.queries().related(searcher, articleId, limit));
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
			return withSearcher(searcher -> analysis.queries().suggest(searcher, cut, limit));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Suggestions for [{}] failed; answering none", typed, ex);
			return List.of();
		}
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
			write(writer, upserts);
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
			return new FreshIndex(folder.open(name, OpenMode.CREATE), analysis);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start a new search index in " + root.resolve(name), ex);
		}
	}

	/** A fresh index analysed with these words (the built-in ones added), live with them once swapped in. */
	@Override
	public Build startBuild(SearchWords.Words words) {
		Analysis fresh = Analysis.of(Vocabulary.withDefaults(words.dictionary(), words.synonyms()));
		String name = folder.nextName();
		try {
			return new FreshIndex(folder.open(name, OpenMode.CREATE, fresh.analyzers().index()), fresh);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start a new search index in " + root.resolve(name), ex);
		}
	}

	@Override
	public void close() {
		if (writers != null) {
			writers.shutdownNow();
		}
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

	/** Below this many stories one thread writes them; above, every core analyses a share. */
	private static final int PARALLEL_FROM = 64;

	private static final int WRITERS = Runtime.getRuntime().availableProcessors();

	private volatile java.util.concurrent.ExecutorService writers;

	/**
	 * Puts the stories in, on every core when there are many (a catch-up after an import, a
	 * reindex): Nori's analysis is nearly all of the cost, about 430 stories of 2,000 characters a
	 * second on one core, and the writer takes documents from several threads at once.
	 */
	private void write(IndexWriter writer, Collection<IndexedStory> stories) throws IOException {
		if (stories.size() < PARALLEL_FROM || WRITERS < 2) {
			for (IndexedStory story : stories) {
				writer.updateDocument(StoryDocuments.idTerm(story.id()), StoryDocuments.of(story));
			}
			return;
		}
		List<IndexedStory> all = List.copyOf(stories);
		int size = (all.size() + WRITERS - 1) / WRITERS;
		List<java.util.concurrent.Future<Void>> parts = new java.util.ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			List<IndexedStory> part = all.subList(from, Math.min(all.size(), from + size));
			parts.add(writers().submit(() -> {
				for (IndexedStory story : part) {
					writer.updateDocument(StoryDocuments.idTerm(story.id()), StoryDocuments.of(story));
				}
				return null;
			}));
		}
		IOException failed = null;
		for (java.util.concurrent.Future<Void> part : parts) {
			try {
				part.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failed = new java.io.InterruptedIOException("Interrupted while indexing");
			}
			catch (java.util.concurrent.ExecutionException e) {
				if (e.getCause() instanceof IOException io) {
					failed = io;
				}
				else if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				else {
					throw new IllegalStateException(e.getCause());
				}
			}
		}
		if (failed != null) {
			throw failed;
		}
	}

	private java.util.concurrent.ExecutorService writers() {
		java.util.concurrent.ExecutorService current = writers;
		if (current == null) {
			synchronized (this) {
				current = writers;
				if (current == null) {
					java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
					ClassLoader loader = LuceneSearchEngine.class.getClassLoader();
					current = java.util.concurrent.Executors.newFixedThreadPool(WRITERS, task -> {
						Thread thread = new Thread(task, "search-index-" + count.incrementAndGet());
						thread.setDaemon(true);
						thread.setContextClassLoader(loader);
						return thread;
					});
					writers = current;
				}
			}
		}
		return current;
	}

	private final class FreshIndex implements Build {

		private final IndexFolder.Live fresh;

		private final Analysis freshAnalysis;

		private boolean swapped;

		private FreshIndex(IndexFolder.Live fresh, Analysis freshAnalysis) {
			this.fresh = fresh;
			this.freshAnalysis = freshAnalysis;
		}

		@Override
		public void add(Collection<IndexedStory> stories) {
			try {
				write(fresh.writer(), stories);
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
					analysis = freshAnalysis;
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

	/** The live index named by the pointer, or an empty one when it is missing or corrupt. */
	private IndexFolder.Live openLive() throws IOException {
		String name = folder.readPointer();
		if (name != null && Files.isDirectory(root.resolve(name))) {
			try {
				IndexFolder.Live opened = folder.open(name, OpenMode.CREATE_OR_APPEND);
				appliedSeq = IndexFolder.seqOf(opened.writer());
				folder.deleteOthersThan(name);
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
		folder.deleteOthersThan(fresh);
		appliedSeq = 0;
		return created;
	}
}
