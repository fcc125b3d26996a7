package kr.cjournal.exchange.imports;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.CjournalApplication;
import kr.cjournal.exchange.CommandRun;
import kr.cjournal.exchange.CommandLine;
import kr.cjournal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar cjournal.jar import FILE} as a person runs it: killed with {@code kill -9} in
 * the middle and run again, it finishes the file with every story once and none half-written;
 * a file with bad lines is imported except those, each reported with its line and field, and the
 * exit status says so.
 */
class ImportCommandTests {

	private static final Pattern PROGRESS = Pattern.compile("가져오는 중: [\\d,]+건 \\(새 기사 ([\\d,]+)");

	private static final Pattern SUMMARY = Pattern.compile("새 기사 ([\\d,]+)건, 이미 있던 기사 ([\\d,]+)건, 건너뛴 레코드 ([\\d,]+)건");

	@Test
	void anImportKilledMidwayFinishesOnTheNextRunWithEveryStoryOnce(@TempDir Path dir) throws Exception {
		int stories = 40_000;
		Path file = dir.resolve("archive.jsonl");
		Files.writeString(file, TestCorpus.lines(1, stories));
		Path data = dir.resolve("data");

		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", System.getProperty("java.class.path"), CjournalApplication.class.getName(), "import", file.toString(),
				"--cjournal.data-dir=" + data, fileDatabase(data))
			.redirectErrorStream(true)
			.start();
		List<Long> progress = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				Matcher shown = PROGRESS.matcher(line);
				if (shown.find()) {
					progress.add(number(shown.group(1)));
				}
				if (progress.size() == 2) {
					// kill -9: no shutdown hook, no rollback by the application, whatever it was writing
					child.destroyForcibly();
					break;
				}
			}
		}
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(progress).as("the child printed progress twice before it was killed").hasSize(2);

		CommandRun second = CommandRun.of("import", file.toString(), "--cjournal.data-dir=" + data, fileDatabase(data));

		assertThat(second.status()).as(second.printed()).isZero();
		Matcher summary = SUMMARY.matcher(second.printed());
		assertThat(summary.find()).as(second.printed()).isTrue();
		long stored = number(summary.group(1));
		long existed = number(summary.group(2));
		// What the killed run said it had imported two seconds before it died is kept (H2 writes a
		// committed transaction to disk within a second).
		assertThat(existed).as("stories the killed run had finished").isGreaterThanOrEqualTo(progress.get(0)).isPositive();
		assertThat(stored).as("stories left for the second run").isPositive();
		assertThat(stored + existed).isEqualTo(stories);
		assertThat(number(summary.group(3))).isZero();
		try (Connection db = DriverManager.getConnection(fileUrl(data), "sa", "")) {
			assertThat(single(db, "select count(*) from articles")).isEqualTo(stories);
			assertThat(single(db, "select count(distinct id) from articles where id between 1 and " + stories))
				.isEqualTo(stories);
			assertThat(single(db, "select count(*) from article_sources")).isEqualTo(stories);
			// Every story whole: its byline, its change-feed entry and its people are there.
			assertThat(single(db, "select count(*) from articles a where not exists "
					+ "(select 1 from article_bylines b where b.article_id = a.id)")).isZero();
			assertThat(single(db, "select count(distinct article_id) from article_changes")).isEqualTo(stories);
			assertThat(single(db, "select count(distinct article_id) from mentions where person_id is not null"))
				.isEqualTo(stories);
		}
	}

	@Test
	void badLinesAreReportedAndTheExitStatusSaysSo(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("archive.jsonl");
		Files.writeString(file, TestCorpus.line(1) + "\n{\"id\": 2, \"title\": 3}\nnot json\n" + TestCorpus.line(4) + "\n");
		Path report = dir.resolve("report.tsv");

		CommandRun run = CommandRun.of("import", file.toString(), "--report=" + report, "--cjournal.data-dir=" + dir.resolve("data"));

		assertThat(run.status()).as(run.printed()).isEqualTo(3);
		assertThat(run.printed()).contains("건너뜀 줄 2 (2) [title]").contains("건너뜀 줄 3 [레코드] JSON으로 읽을 수 없는 줄입니다.")
			.contains("새 기사 2건");
		assertThat(Files.readAllLines(report)).containsExactly("line\tsource_key\tfield\treason\toutcome",
				"2\t2\ttitle\t'title' 은(는) 문자열이어야 합니다.\trefused", "3\t\t\tJSON으로 읽을 수 없는 줄입니다.\trefused");
	}

	@Test
	void withoutAFileItSaysHowToCallIt(@TempDir Path dir) throws Exception {
		CommandRun run = CommandRun.of("import", "--cjournal.data-dir=" + dir.resolve("data"));

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.printed()).contains("사용법: java -jar cjournal.jar import");
	}

	/**
	 * The application's own H2 file under the data directory: the test classpath would otherwise
	 * give each run a fresh in-memory database (TestDefaults), and a second run could not see the first.
	 */
	private static String fileDatabase(Path data) {
		return "--spring.datasource.url=" + fileUrl(data);
	}

	private static String fileUrl(Path data) {
		return "jdbc:h2:file:" + data.toAbsolutePath().resolve("db/cjournal") + ";" + TestDatabase.OPTIONS;
	}

	private static long number(String digits) {
		return Long.parseLong(digits.replace(",", ""));
	}

	private static long single(Connection db, String sql) throws Exception {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
