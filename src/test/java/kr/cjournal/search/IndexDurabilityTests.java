package kr.cjournal.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.CjournalApplication;
import kr.cjournal.exchange.CommandRun;
import kr.cjournal.exchange.imports.TestCorpus;
import kr.cjournal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed with {@code kill -9} while its index follows the change feed loses nothing:
 * after the restart, the index holds exactly the stories the database says are published.
 */
class IndexDurabilityTests {

	private static final int STORIES = 4_000;

	@Test
	void aNodeKilledWhileIndexingHoldsExactlyThePublishedStoriesAfterItsRestart(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		Path file = dir.resolve("archive.jsonl");
		Files.writeString(file, TestCorpus.lines(1, STORIES));
		assertThat(CommandRun.of("import", file.toString(), "--cjournal.data-dir=" + data, "--spring.datasource.url=" + url(data))
			.status()).isZero();

		Random random = new Random(12);
		Set<Long> down = new HashSet<>();
		int killedBehind = 0;
		for (int round = 0; round < 4; round++) {
			// While no node runs: some stories taken down, some of those put back, as the desk would.
			try (Connection db = DriverManager.getConnection(url(data), "sa", "")) {
				for (int i = 0; i < 40; i++) {
					long id = 1 + random.nextInt(STORIES);
					if (down.add(id)) {
						change(db, id, "UNPUBLISHED", "unpublished");
					}
				}
				for (Long id : List.copyOf(down).subList(0, Math.min(5, down.size()))) {
					change(db, id, "PUBLISHED", "published");
					down.remove(id);
				}
			}
			Process node = startNode(data);
			waitFor(node, "Started CjournalApplication");
			// kill -9 somewhere in the catch-up: no shutdown hook, no close of the index writer
			Thread.sleep(random.nextInt(2_500));
			node.destroyForcibly();
			assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
			if (committedSeq(data.resolve("search")) < latestSeq(data)) {
				killedBehind++;
			}
		}
		// At least one kill came while the node was still catching up, or the test proves nothing.
		assertThat(killedBehind).as("nodes killed before their index had caught up").isPositive();

		Process node = startNode(data);
		waitFor(node, "Search index up to date");
		node.destroyForcibly();
		assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();

		Set<Long> published = new HashSet<>();
		try (Connection db = DriverManager.getConnection(url(data), "sa", "");
				ResultSet rs = db.createStatement().executeQuery("select id from articles where status = 'PUBLISHED'")) {
			while (rs.next()) {
				published.add(rs.getLong(1));
			}
		}
		assertThat(published).hasSize(STORIES - down.size());
		assertThat(indexed(data.resolve("search"))).as("stories in the index").isEqualTo(published);
	}

	/** The change-feed sequence the live index's last commit holds; 0 before its first commit. */
	private static long committedSeq(Path search) throws Exception {
		Path pointer = search.resolve("live");
		if (!Files.exists(pointer)) {
			return 0;
		}
		try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory
			.open(search.resolve(Files.readString(pointer).strip()))) {
			if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
				return 0;
			}
			String seq = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get("seq");
			return seq == null ? 0 : Long.parseLong(seq);
		}
	}

	private static long latestSeq(Path data) throws Exception {
		try (Connection db = DriverManager.getConnection(url(data), "sa", "");
				ResultSet rs = db.createStatement().executeQuery("select max(seq) from article_changes")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The ids the live index (named by the file {@code live}) holds, read with Lucene itself. */
	private static Set<Long> indexed(Path search) throws Exception {
		Path live = search.resolve(Files.readString(search.resolve("live")).strip());
		Set<Long> ids = new HashSet<>();
		try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(live);
				org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
			org.apache.lucene.util.Bits live0 = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
			org.apache.lucene.index.StoredFields fields = reader.storedFields();
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				if (live0 == null || live0.get(doc)) {
					ids.add(Long.parseLong(fields.document(doc).get("id")));
				}
			}
		}
		return ids;
	}

	private static void change(Connection db, long id, String status, String kind) throws Exception {
		try (PreparedStatement story = db.prepareStatement("update articles set status = ? where id = ?");
				PreparedStatement feed = db
					.prepareStatement("insert into article_changes (article_id, kind, changed_at) values (?, ?, ?)")) {
			story.setString(1, status);
			story.setLong(2, id);
			story.executeUpdate();
			feed.setLong(1, id);
			feed.setString(2, kind);
			feed.setObject(3, OffsetDateTime.now());
			feed.executeUpdate();
		}
	}

	private static Process startNode(Path data) throws Exception {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), CjournalApplication.class.getName(), "--server.port=0",
				"--cjournal.demo=false", "--cjournal.data-dir=" + data, "--spring.datasource.url=" + url(data),
				"--logging.level.kr.cjournal.search=INFO")
			.redirectErrorStream(true)
			.start();
	}

	/** Reads the node's output until the line appears (the output must be read, or the node blocks). */
	private static void waitFor(Process node, String text) throws Exception {
		List<String> seen = new ArrayList<>();
		BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			seen.add(line);
			if (line.contains(text)) {
				Thread drain = new Thread(() -> {
					try {
						while (out.readLine() != null) {
							// keep the pipe empty until the node dies
						}
					}
					catch (java.io.IOException ended) {
						// the node is gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return;
			}
		}
		throw new AssertionError("The node ended before printing '" + text + "':\n"
				+ String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
	}

	private static String url(Path data) {
		return "jdbc:h2:file:" + data.toAbsolutePath().resolve("db/cjournal") + ";" + TestDatabase.OPTIONS;
	}
}
