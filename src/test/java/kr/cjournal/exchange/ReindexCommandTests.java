package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.CjournalApplication;
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
		assertThat(run("import", file.toString(), "--cjournal.data-dir=" + data, database).status()).isZero();

		Run reindex = run("reindex", "--cjournal.data-dir=" + data, database);

		assertThat(reindex.status()).as(reindex.printed()).isZero();
		assertThat(reindex.printed()).contains("검색 색인을 새로 만들었습니다: 기사 120건");
		assertThat(Files.readString(data.resolve("search/live")).strip()).startsWith("index-");
	}

	@Test
	void extraWordsAreRefusedWithHowToCallIt(@TempDir Path dir) {
		Run run = run("reindex", "everything", "--cjournal.data-dir=" + dir.resolve("data"));

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.printed()).contains("쓰는 법: java -jar cjournal.jar reindex");
	}

	private record Run(int status, String printed) {
	}

	private static Run run(String... args) {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = CommandLine.run(CjournalApplication.class, args);
		}
		finally {
			System.setErr(err);
		}
		return new Run(status, captured.toString(StandardCharsets.UTF_8));
	}
}
