package kr.cjournal.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.search.IndexedStory;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;

/**
 * An indexer in a child JVM killed with SIGKILL in the middle of its work, three times: each
 * time the index reopens holding exactly the stories of the changes up to its applied sequence.
 */
class KilledIndexerTests {

	@TempDir
	Path dir;

	@Test
	void killedIndexerLosesNothingAndKeepsNothingExtra() throws Exception {
		long lastSeq = 0;
		for (int round = 0; round < 3; round++) {
			Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), "-Xmx128m", Indexer.class.getName(), dir.toString())
				.redirectErrorStream(true)
				.start();
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = out.readLine()) != null && !line.equals("ready")) {
				// log lines of the child before it starts
			}
			assertThat(line).as("the child started indexing").isEqualTo("ready");
			Thread.sleep(ThreadLocalRandom.current().nextInt(150, 500));
			child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
			assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

			try (LuceneSearchEngine engine = new LuceneSearchEngine(dir, Vocabulary.defaults())) {
				long seq = engine.appliedSeq();
				assertThat(seq).as("changes were applied in round " + round).isGreaterThan(lastSeq);
				assertThat(idsInIndex(engine)).isEqualTo(Indexer.expectedIds(seq));
				lastSeq = seq;
			}
		}
	}

	private static Set<Long> idsInIndex(LuceneSearchEngine engine) {
		SearchResults results = engine
			.search(new SearchQuery("배치", null, null, null, null, null, null, SearchQuery.Sort.NEWEST, 1, 50));
		assertThat(results.total()).isEqualTo(engine.size());
		return results.hits().stream().map(SearchResults.Hit::id).collect(Collectors.toCollection(TreeSet::new));
	}

	/** Change n puts in the ten stories of batch n and takes out those of batch n - 2. */
	static final class Indexer {

		static Set<Long> expectedIds(long seq) {
			return LongStream.rangeClosed(Math.max(1, seq - 1), seq)
				.flatMap(n -> LongStream.range(n * 10, n * 10 + 10))
				.boxed()
				.collect(Collectors.toCollection(TreeSet::new));
		}

		public static void main(String[] args) {
			LuceneSearchEngine engine = new LuceneSearchEngine(Path.of(args[0]), Vocabulary.defaults());
			boolean told = false;
			for (long seq = engine.appliedSeq() + 1;; seq++) {
				List<IndexedStory> batch = new ArrayList<>();
				for (long id = seq * 10; id < seq * 10 + 10; id++) {
					OffsetDateTime at = OffsetDateTime.now();
					batch.add(new IndexedStory(id, "배치 " + seq + " 기사 " + id, "", "누리증권 보고서 " + id, List.of(1L), List.of(),
							List.of(), List.of(), List.of(), List.of(), List.of(), at, at));
				}
				List<Long> removals = seq > 2 ? LongStream.range((seq - 2) * 10, (seq - 2) * 10 + 10).boxed().toList()
						: List.of();
				engine.apply(batch, removals, seq);
				if (!told) {
					System.out.println("ready");
					System.out.flush();
					told = true;
				}
			}
		}
	}
}
