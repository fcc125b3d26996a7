package kr.cjournal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.CjournalApplication;
import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.comments.CommentPosting;
import kr.cjournal.comments.PostingRefusal;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.support.TestDatabase;

/**
 * Posting throughput: the application on H2 in a file (as {@code bench/pages.sh} runs it), READERS
 * readers each posting POSTS comments from their own thread through {@link CommentPosting} (the
 * whole rule set: text, ban, story, switches, quiet hours, limits under the reader's lock, filter,
 * directory, insert), then one reader posting from 8 threads at once (every post waits for the
 * reader's lock). The interval and daily limits are lifted so every post is stored. Not a test:
 * run it with {@code bench/comments-post.sh}.
 */
public final class CommentPostingBenchmark {

	private static final Actor DESK = new Actor("admin", Set.of(Role.EDITOR, Role.ADMIN));

	public static void main(String[] args) throws Exception {
		int readers = Integer.getInteger("readers", 50);
		int posts = Integer.getInteger("posts", 40);
		int storyCount = Integer.getInteger("stories", 20);
		Path dataDir = Files.createTempDirectory("cjournal-bench-posting");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CjournalApplication.class).run(
				"--server.port=0", "--cjournal.demo=false", "--cjournal.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db/bench") + ";" + TestDatabase.OPTIONS,
				"--cjournal.comments.limits.interval=0s", "--cjournal.comments.limits.comments-per-day=1000000",
				"--cjournal.comments.limits.per-story=1000000", "--cjournal.comments.limits.duplicate-window=1s",
				"--logging.level.root=WARN", "--logging.level.kr.cjournal=WARN");
		try {
			CommentPosting posting = app.getBean(CommentPosting.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			List<Long> stories = stories(app, storyCount);
			List<Actor> actors = readers(jdbc, readers + 1);
			System.out.printf("posting benchmark: %d readers x %d posts over %d stories, H2 file, %d CPUs%n", readers,
					posts, storyCount, Runtime.getRuntime().availableProcessors());
			run("warm-up", posting, actors.subList(0, readers), stories, posts / 2, 1);
			run("readers", posting, actors.subList(0, readers), stories, posts, 1);
			run("one-reader", posting, actors.subList(readers, readers + 1), stories, readers * posts / 8 / 2, 8);
		}
		finally {
			app.close();
			try (var files = Files.walk(dataDir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	/** Each actor posts {@code posts} comments from {@code threadsEach} threads; prints posts/s and latency. */
	private static void run(String name, CommentPosting posting, List<Actor> actors, List<Long> stories, int posts,
			int threadsEach) throws Exception {
		int threads = actors.size() * threadsEach;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger refused = new AtomicInteger();
		List<Future<long[]>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Actor actor = actors.get(t / threadsEach);
			int thread = t;
			futures.add(pool.submit(() -> {
				start.await();
				long[] latencies = new long[posts];
				for (int i = 0; i < posts; i++) {
					long began = System.nanoTime();
					try {
						posting.post(actor, stories.get((thread + i) % stories.size()),
								name + " " + thread + "번 독자의 " + i + "번째 의견입니다. 기사 잘 읽었습니다.", null, "198.51.100." + (thread % 250));
					}
					catch (PostingRefusal refusal) {
						refused.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - began;
				}
				return latencies;
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		List<Long> all = new ArrayList<>();
		for (Future<long[]> future : futures) {
			Arrays.stream(future.get()).forEach(all::add);
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		pool.shutdown();
		all.sort(null);
		System.out.printf("%-10s %6d posts by %3d threads in %6.2f s: %8.1f posts/s  p50 %7.2f ms  p99 %7.2f ms  refused %d%n",
				name, all.size(), threads, seconds, all.size() / seconds, all.get(all.size() / 2) / 1e6,
				all.get((int) (all.size() * 0.99)) / 1e6, refused.get());
	}

	private static List<Long> stories(ConfigurableApplicationContext app, int count) {
		Sections sections = app.getBean(Sections.class);
		Desk desk = app.getBean(Desk.class);
		Section section = sections.add(DESK, null, "bench-comments", "댓글벤치");
		Reporter reporter = app.getBean(Reporters.class).create("벤치기자", "bench@cjournal.example");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Draft draft = new Draft(section.id(), "댓글 벤치 기사 " + i, null, "벤치마크용 기사 본문이다. 독자들이 댓글을 단다.\n\n두 번째 문단.",
					List.of(reporter.id()), List.of());
			ids.add(desk.publishArchived(DESK, draft, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusMinutes(5)));
		}
		return ids;
	}

	/** Confirmed readers made straight in the tables (the password is never used). */
	private static List<Actor> readers(JdbcClient jdbc, int count) {
		List<Actor> actors = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = "bench-reader-" + i + "@example.com";
			jdbc.sql("insert into accounts (username, password_hash, display_name, email, roles) values (?, 'x', ?, ?, 'READER')")
				.params(email, "벤치독자" + i, email)
				.update();
			long id = jdbc.sql("select id from accounts where username = ?").params(email).query(Long.class).single();
			jdbc.sql("insert into reader_profiles (account_id, nickname, nickname_key, email_confirmed_at) values (?, ?, ?, current_timestamp)")
				.params(id, "벤치독자" + i, "벤치독자" + i)
				.update();
			actors.add(new Actor(email, Set.of(Role.READER)));
		}
		return actors;
	}
}
