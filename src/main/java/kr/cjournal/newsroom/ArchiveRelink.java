package kr.cjournal.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.cjournal.accounts.Actor;

/**
 * Renders every published story's body again from its Markdown and records its mentions anew,
 * after the directory grew or the linker learned something. Runs in the background in batches,
 * one run at a time, and reports how far it got; reader pages are dropped from the caches when
 * it ends (through the change feed, so every node hears of it).
 */
@Component
public class ArchiveRelink {

	private static final Logger log = LoggerFactory.getLogger(ArchiveRelink.class);

	private static final int BATCH = 100;

	/** How far a run got; {@code total} is 0 before the first run. */
	public record Progress(boolean running, int done, int total, int errors, OffsetDateTime finishedAt) {
	}

	private final JdbcClient jdbc;

	private final Manuscripts manuscripts;

	private final ManuscriptWriter writer;

	private final StoryLinking linking;

	private final ChangeFeed feed;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "archive-relink");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicInteger errors = new AtomicInteger();

	private volatile int total;

	private volatile OffsetDateTime finishedAt;

	ArchiveRelink(JdbcClient jdbc, Manuscripts manuscripts, ManuscriptWriter writer, StoryLinking linking,
			ChangeFeed feed, Clock clock, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.manuscripts = manuscripts;
		this.writer = writer;
		this.linking = linking;
		this.feed = feed;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** Relinks one story after the desk settled a name in it; its readers see the new links at once. */
	public void relinkSettled(Actor actor, long articleId) {
		if (!actor.isDesk()) {
			throw NewsroomRefusal.notAllowed("데스크(에디터)만 할 수 있는 일입니다.");
		}
		transaction.executeWithoutResult(status -> {
			if (relinkPublished(articleId)) {
				feed.record(articleId, "relinked", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
			}
		});
	}

	/** Starts a run in the background; false when one is already running. */
	public boolean start() {
		if (!running.compareAndSet(false, true)) {
			return false;
		}
		done.set(0);
		errors.set(0);
		total = count();
		finishedAt = null;
		worker.execute(this::run);
		return true;
	}

	/** Relinks the whole archive now, in the caller's thread (right after a whole directory was loaded). */
	public void relinkAllNow() {
		if (!running.compareAndSet(false, true)) {
			return;
		}
		done.set(0);
		errors.set(0);
		total = count();
		run();
	}

	public Progress progress() {
		return new Progress(running.get(), done.get(), total, errors.get(), finishedAt);
	}

	private void run() {
		try {
			long after = 0;
			List<Long> batch;
			do {
				batch = jdbc.sql("select id from articles where status = 'PUBLISHED' and id > ? order by id limit ?")
					.params(after, BATCH)
					.query(Long.class)
					.list();
				for (long id : batch) {
					relink(id);
					after = id;
				}
			}
			while (batch.size() == BATCH);
			OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
			// 0: not one article; every node following the feed drops its built pages.
			feed.record(0, "relinked", now);
			finishedAt = now;
			log.info("Relinked {} published article(s), {} failed", done.get(), errors.get());
		}
		catch (RuntimeException e) {
			log.error("Relinking the archive stopped", e);
			finishedAt = OffsetDateTime.now(clock);
		}
		finally {
			running.set(false);
		}
	}

	/** Renders the published story again and records its mentions; false when it is not published. */
	private boolean relinkPublished(long id) {
		Manuscript manuscript = manuscripts.find(id).orElse(null);
		if (manuscript != null && manuscript.status() == ArticleStatus.PUBLISHED && writer.rerender(manuscript)) {
			linking.record(manuscript, manuscript.publishedAt());
			return true;
		}
		return false;
	}

	private void relink(long id) {
		try {
			transaction.executeWithoutResult(status -> relinkPublished(id));
		}
		catch (RuntimeException e) {
			errors.incrementAndGet();
			log.warn("Relinking article {} failed", id, e);
		}
		done.incrementAndGet();
	}

	private int count() {
		return jdbc.sql("select count(*) from articles where status = 'PUBLISHED'").query(Integer.class).single();
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
