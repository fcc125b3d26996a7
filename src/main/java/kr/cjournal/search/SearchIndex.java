package kr.cjournal.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.cjournal.newsroom.ChangeFeed;

/**
 * This node's search index as admins see it: how many stories it holds, how far behind the
 * change feed it is, and a rebuild beside the live one (the admin page's, in the background,
 * or the command line's, in the foreground) that swaps in without a failed search.
 */
@org.springframework.stereotype.Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** A rebuild's progress, as the admin page polls it (the same shape as the archive relink's). */
	public record Progress(boolean running, long done, long total, long errors, OffsetDateTime finishedAt,
			String failure) {

		static final Progress NEVER = new Progress(false, 0, 0, 0, null, null);
	}

	/** The live index: stories held, last change applied, newest change there is. */
	public record Status(long stories, long appliedSeq, long latestSeq) {

		public long behind() {
			return Math.max(0, latestSeq - appliedSeq);
		}
	}

	private final SearchEngine engine;

	private final IndexFollower follower;

	private final ChangeFeed feed;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Progress progress = Progress.NEVER;

	SearchIndex(SearchEngine engine, IndexFollower follower, ChangeFeed feed, Clock clock) {
		this.engine = engine;
		this.follower = follower;
		this.feed = feed;
		this.clock = clock;
	}

	public Status status() {
		return new Status(engine.size(), engine.appliedSeq(), feed.latest());
	}

	public Progress progress() {
		return progress;
	}

	/** Starts a rebuild in the background; false when one is already running. */
	public boolean startRebuild() {
		if (!running.compareAndSet(false, true)) {
			return false;
		}
		progress = new Progress(true, 0, 0, 0, null, null);
		Thread thread = new Thread(() -> {
			try {
				run((done, total) -> {
				});
			}
			finally {
				running.set(false);
			}
		}, "search-rebuild");
		thread.setDaemon(true);
		thread.setContextClassLoader(SearchIndex.class.getClassLoader());
		thread.start();
		return true;
	}

	/** Rebuilds in this thread (the reindex command); answers how many stories the new index holds. */
	public long rebuild(BiConsumer<Long, Long> listener) {
		if (!running.compareAndSet(false, true)) {
			throw new IllegalStateException("A rebuild is already running");
		}
		try {
			return run(listener);
		}
		finally {
			running.set(false);
		}
	}

	private long run(BiConsumer<Long, Long> listener) {
		try {
			long stories = follower.rebuild((done, total) -> {
				progress = new Progress(true, done, total, 0, null, null);
				listener.accept(done, total);
			});
			progress = new Progress(false, stories, stories, 0, OffsetDateTime.now(clock), null);
			log.info("Search index rebuilt: {} stories", stories);
			return stories;
		}
		catch (RuntimeException e) {
			log.error("Search index rebuild failed; the live index stays as it was", e);
			Progress last = progress;
			progress = new Progress(false, last.done(), last.total(), 1, OffsetDateTime.now(clock), e.toString());
			throw e;
		}
	}
}
