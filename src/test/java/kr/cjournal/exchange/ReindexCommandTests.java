package kr.cjournal.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.exchange.imports.TestCorpus;
import kr.cjournal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar cjournal.jar reindex}: the node's search index built anew from the published stories. */
class ReindexCommandTests {

	@Test
	void itBuildsTheIndexOfEveryPublishedStoryAndSaysHowMany(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		Path file = dir.resolve("archive.jsonl");
		Files.writeString(file, TestCorpus.lines(1, 120));
		String database = "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath().resolve("db/cjournal") + ";"
				+ TestDatabase.OPTIONS;
		assertThat(CommandRun.of("import", file.toString(), "--cjournal.data-dir=" + data, database).status()).isZero();

		CommandRun reindex = CommandRun.of("reindex", "--cjournal.data-dir=" + data, database);

		assertThat(reindex.status()).as(reindex.printed()).isZero();
		assertThat(reindex.printed()).contains("검색 색인을 새로 만들었습니다: 기사 120건");
		assertThat(Files.readString(data.resolve("search/live")).strip()).startsWith("index-");
	}

	@Test
	void extraWordsAreRefusedWithHowToCallIt(@TempDir Path dir) {
		CommandRun run = CommandRun.of("reindex", "everything", "--cjournal.data-dir=" + dir.resolve("data"));

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.printed()).contains("쓰는 법: java -jar cjournal.jar reindex");
	}

}
