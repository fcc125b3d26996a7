package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.CjournalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar cjournal.jar export FILE} run the way {@code main} runs it, on a fresh empty
 * database: no demo is loaded into it, no first administrator is made (its one-time password is
 * for the site's first start, not for a script's output), and the export is an empty file.
 */
class ExportCommandTests {

	@Test
	void anExportOfAnEmptyPaperLoadsNoDemoMakesNoAdministratorAndWritesNothing(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("export.jsonl");
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		int status;
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			status = CommandLine.run(CjournalApplication.class,
					new String[] { "export", file.toString(), "--cjournal.data-dir=" + dir.resolve("data") });
		}
		finally {
			System.setErr(err);
		}
		String printed = captured.toString(StandardCharsets.UTF_8);
		assertThat(status).as(printed).isZero();
		assertThat(Files.readAllLines(file)).isEmpty();
		assertThat(printed).contains("내보내기 완료: 기사 0건")
			.doesNotContain("First administrator")
			.doesNotContain("password:")
			.doesNotContain("Loaded the demo");
	}
}
