package kr.cjournal.comments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.CjournalApplication;
import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Role;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits hold exactly when a reader fires many posts at once, on one node or on two nodes of
 * the same database: each reader's posts are serialised by a lock on their profile row.
 */
@CommentsAppTest
class PostingConcurrencyIntegrationTests {

	/** A second node on this database, started once, with no interval, so the daily count alone decides. */
	private static ConfigurableApplicationContext secondNode;

	@Autowired
	CommentPosting posting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestReaders testReaders;

	@Autowired
	TestStories stories;

	@Autowired
	Environment environment;

	PostingFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new PostingFixture(jdbc, testReaders, stories);
	}

	@AfterAll
	static void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
			secondNode = null;
		}
	}

	CommentPosting secondNode() {
		if (secondNode == null) {
			secondNode = new SpringApplicationBuilder(CjournalApplication.class).run("--server.port=0",
					"--cjournal.demo=false", "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
					"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
					"--cjournal.comments.limits.interval=0s", "--spring.datasource.hikari.maximum-pool-size=10");
		}
		return secondNode.getBean(CommentPosting.class);
	}

	static Actor actor(Reader reader) {
		return new Actor(reader.email(), Set.of(Role.READER));
	}

	@Test
	void fiftyPostsAtOnceByOneReaderSaveExactlyOne() throws Exception {
		Reader reader = fixture.regular("동시");
		long story = stories.publish("동시 게시 시험");
		List<Object> outcomes = all(50, i -> () -> posting.post(actor(reader), story, "동시에 쓴 댓글 " + i, null, "203.0.113.9"));
		assertThat(outcomes).filteredOn(CommentPosting.Posted.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(PostingRefusal.class::isInstance)
			.hasSize(49)
			.allSatisfy(refusal -> assertThat(((PostingRefusal) refusal).status()).isIn(409, 429));
		assertThat(fixture.comments(reader)).isEqualTo(3 + 1);
	}

	@Test
	void fiftyReadersPostingAtOnceAllGetIn() throws Exception {
		long story = stories.publish("여러 독자 동시 게시");
		List<Reader> readers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			readers.add(fixture.regular("여럿"));
		}
		List<Object> outcomes = all(50, i -> () -> posting.post(actor(readers.get(i)), story, "독자 " + i + "의 의견", null, null));
		assertThat(outcomes).allMatch(CommentPosting.Posted.class::isInstance);
		assertThat(jdbc.sql("select count(*) from comments where article_id = ?").params(story).query(Integer.class).single())
			.isEqualTo(50);
	}

	@Test
	void theDailyLimitIsExactUnderFiftyPostsAtOnce() throws Exception {
		CommentPosting node = secondNode();
		Reader reader = fixture.regular("하루동시");
		for (int i = 0; i < 17; i++) {
			fixture.comment(stories.publish("오늘 " + i), reader, null, "오늘 쓴 댓글 " + i, "VISIBLE", Duration.ofMinutes(1));
		}
		List<Long> targets = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			targets.add(stories.publish("동시 하루 한도 " + i));
		}
		List<Object> outcomes = all(50, i -> () -> node.post(actor(reader), targets.get(i), "한도 시험 " + i, null, null));
		assertThat(outcomes).filteredOn(CommentPosting.Posted.class::isInstance).hasSize(3);
		assertThat(outcomes).filteredOn(PostingRefusal.class::isInstance)
			.allSatisfy(refusal -> assertThat(((PostingRefusal) refusal).getMessage()).startsWith("댓글은 하루 20개까지"));
		assertThat(fixture.comments(reader)).isEqualTo(3 + 20);
	}

	@Test
	void twoNodesOnOneDatabaseShareTheLimits() throws Exception {
		CommentPosting second = secondNode();
		Reader reader = fixture.regular("두노드");
		for (int i = 0; i < 19; i++) {
			fixture.comment(stories.publish("노드 " + i), reader, null, "노드 댓글 " + i, "VISIBLE", Duration.ofMinutes(1));
		}
		List<Long> targets = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			targets.add(stories.publish("두 노드 " + i));
		}
		List<Object> outcomes = all(50, i -> () -> (i % 2 == 0 ? posting : second).post(actor(reader), targets.get(i),
				"두 노드에서 " + i, null, null));
		assertThat(outcomes).filteredOn(CommentPosting.Posted.class::isInstance).hasSize(1);
		assertThat(fixture.comments(reader)).isEqualTo(3 + 20);
	}

	/** Runs the tasks at once (released together) and gives each one's result or refusal. */
	static List<Object> all(int count, IntFunction<Callable<Object>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<Object> task = tasks.apply(i);
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return task.call();
					}
					catch (PostingRefusal refusal) {
						return refusal;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
