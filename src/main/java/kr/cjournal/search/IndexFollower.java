package kr.cjournal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import kr.cjournal.newsroom.ChangeFeed;
import kr.cjournal.newsroom.PublishedArchive;

/**
 * Keeps this node's index up with the newsroom's change feed: every half second it reads the
 * changes after the last one the index holds, puts the stories they name in as they are now
 * (published) or takes them out (unpublished, withdrawn, gone), and commits the last change's
 * sequence with the documents. A node killed at any moment restarts from what its index
 * committed, so nothing is lost and nothing applied twice matters (a story is put in as it is).
 */
@Component
class IndexFollower {

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

	/** Changes read, and stories loaded, at a time. */
	static final int BATCH = 1_000;

	private final SearchEngine engine;

	private final ChangeFeed feed;

	private final StorySource stories;

	private final PublishedArchive archive;

	private final SearchWords words;

	private final boolean enabled;

	private volatile boolean failing;

	/** Whether it has caught up once since this node started. */
	private volatile boolean upToDate;

	IndexFollower(SearchEngine engine, ChangeFeed feed, StorySource stories, PublishedArchive archive, SearchWords words,
			@Value("${cjournal.search.follow:true}") boolean enabled) {
		this.words = words;
		this.engine = engine;
		this.feed = feed;
		this.stories = stories;
		this.archive = archive;
		this.enabled = enabled;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${cjournal.search.follow-every:500ms}")
	void follow() {
		if (!enabled) {
			return;
		}
		try {
			long applied = catchUp();
			if (failing) {
				log.info("Search index following the change feed again");
				failing = false;
			}
			if (!upToDate) {
				upToDate = true;
				log.info("Search index up to date with change #{}: {} stories ({} changes applied since start)",
						engine.appliedSeq(), engine.size(), applied);
			}
			else if (applied > BATCH) {
				log.info("Search index caught up: {} changes applied, {} stories held", applied, engine.size());
			}
		}
		catch (RuntimeException e) {
			// The database or the disk is away: searches go on with what the index holds; retried next tick.
			if (!failing) {
				log.warn("Search index cannot follow the change feed: {}", e.toString());
				failing = true;
			}
		}
	}

	/** Applies every change after the last one the index holds; answers how many it applied. */
	synchronized long catchUp() {
		long applied = 0;
		while (true) {
			long from = engine.appliedSeq();
			List<ChangeFeed.Change> changes = feed.after(from, BATCH);
			if (changes.isEmpty()) {
				return applied;
			}
			long seq = changes.get(changes.size() - 1).seq();
			Set<Long> ids = new LinkedHashSet<>();
			boolean everything = false;
			for (ChangeFeed.Change change : changes) {
				if (change.articleId() > 0) {
					ids.add(change.articleId());
				}
				else if ("relinked".equals(change.kind())) {
					// The whole archive relinked (the directory changed): every story's people again.
					everything = true;
				}
			}
			if (everything) {
				refreshAll(from);
			}
			apply(ids, seq);
			applied += changes.size();
		}
	}

	private void apply(Set<Long> ids, long seq) {
		List<IndexedStory> published = ids.isEmpty() ? List.of() : stories.published(ids);
		Set<Long> removed = new LinkedHashSet<>(ids);
		published.forEach(story -> removed.remove(story.id()));
		engine.apply(published, removed, seq);
	}

	/** Puts every published story in again, a batch at a time, without moving the applied sequence. */
	private void refreshAll(long seq) {
		long after = 0;
		List<Long> ids;
		while (!(ids = archive.publishedIdsAfter(after, BATCH)).isEmpty()) {
			engine.apply(stories.published(ids), List.of(), seq);
			after = ids.get(ids.size() - 1);
		}
	}

	/**
	 * Builds a fresh index of every published story beside the live one and swaps it in; searches
	 * use the live one meanwhile. {@code progress} hears (done, total) after each batch.
	 */
	long rebuild(java.util.function.BiConsumer<Long, Long> progress) {
		synchronized (rebuilding) {
			return buildAndSwap(progress);
		}
	}

	/** One rebuild at a time; the follower goes on putting changes in the live index meanwhile. */
	private final Object rebuilding = new Object();

	private long buildAndSwap(java.util.function.BiConsumer<Long, Long> progress) {
		// Changes after seq reach the new index when the follower catches up after the swap.
		long seq = feed.latest();
		long total = archive.publishedCount();
		long done = 0;
		try (SearchEngine.Build build = engine.startBuild(words.current())) {
			long after = 0;
			List<Long> ids;
			while (!(ids = archive.publishedIdsAfter(after, BATCH)).isEmpty()) {
				List<IndexedStory> batch = new ArrayList<>(stories.published(ids));
				build.add(batch);
				done += batch.size();
				progress.accept(done, total);
				after = ids.get(ids.size() - 1);
			}
			// Not while a catch-up is between reading the live index's sequence and applying to it:
			// its changes would land in the new index with a sequence that skips what lies between.
			synchronized (this) {
				build.swapIn(seq);
			}
		}
		catchUp();
		return done;
	}
}
