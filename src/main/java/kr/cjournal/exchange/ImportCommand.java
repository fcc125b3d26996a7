package kr.cjournal.exchange;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.exchange.imports.ArchiveImporter;
import kr.cjournal.exchange.imports.ImportFormat;
import kr.cjournal.exchange.imports.RecordReader;

/**
 * {@code java -jar cjournal.jar import [--format=corpus|ninjs|wxr] [--uploads=DIR] [--report=FILE] FILE}:
 * imports an archive (see {@link ArchiveImporter}). Progress goes to standard error every two
 * seconds, on one line when that is a terminal: how many records, how many a second, and the
 * time left from how much of the file is read. Every bad record and dropped part is reported
 * with its line, field and reason (the first {@value #SHOWN} on standard error, all of them in
 * the {@code --report} file, tab-separated). Running it again skips what was imported: after a
 * crash or Ctrl-C it goes on where it stopped. Exit status: 0 all imported, 3 done with bad
 * records, 2 wrong arguments, 1 failed.
 */
@Component
class ImportCommand implements Command {

	static final int SHOWN = 200;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

	private final ArchiveImporter importer;

	private final JsonMapper json;

	private final Paper paper;

	private final kr.cjournal.newsroom.Manuscripts manuscripts;

	ImportCommand(ArchiveImporter importer, JsonMapper json, Paper paper, kr.cjournal.newsroom.Manuscripts manuscripts) {
		this.manuscripts = manuscripts;
		this.importer = importer;
		this.json = json;
		this.paper = paper;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
		List<String> files = new ArrayList<>();
		String format = null;
		Path uploads = null;
		Path reportFile = null;
		for (String argument : arguments) {
			if (argument.startsWith("--format=")) {
				format = argument.substring("--format=".length());
			}
			else if (argument.startsWith("--uploads=")) {
				uploads = Path.of(argument.substring("--uploads=".length()));
			}
			else if (argument.startsWith("--report=")) {
				reportFile = Path.of(argument.substring("--report=".length()));
			}
			else {
				files.add(argument);
			}
		}
		if (files.size() != 1) {
			return usage(err);
		}
		Path file = Path.of(files.get(0));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("가져올 파일을 읽을 수 없습니다: " + file);
			return 2;
		}
		if (uploads != null && !Files.isDirectory(uploads)) {
			err.println("--uploads 폴더가 없습니다: " + uploads);
			return 2;
		}
		long size = Files.size(file);
		AtomicLong consumed = new AtomicLong();
		try (InputStream raw = new Counting(Files.newInputStream(file), consumed);
				BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
				PrintWriter report = reportFile == null ? null
						: new PrintWriter(Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8))) {
			ImportFormat kind;
			if (format != null) {
				Optional<ImportFormat> named = ImportFormat.named(format);
				if (named.isEmpty()) {
					return usage(err);
				}
				kind = named.get();
			}
			else {
				kind = ImportFormat.sniff(in);
			}
			if (report != null) {
				report.println("line\tsource_key\tfield\treason\toutcome");
			}
			err.println(file + " 가져오기 (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", "
					+ String.format("%,d", size) + " bytes)");
			Progress progress = new Progress(err, kind.readsTheStreamOnce() ? size : -1, consumed);
			AtomicLong shown = new AtomicLong();
			AtomicLong bad = new AtomicLong();
			ArchiveImporter.Tally tally;
			try (RecordReader reader = kind.open(in, file, uploads, json, this::alreadyHere)) {
				tally = importer.run(reader, line -> {
					if (line.refused()) {
						bad.incrementAndGet();
					}
					String text = "줄 %d%s [%s] %s".formatted(line.line(),
							line.sourceKey() == null ? "" : " (" + line.sourceKey() + ")",
							line.field() == null ? "레코드" : line.field(), line.reason());
					if (shown.incrementAndGet() <= SHOWN) {
						progress.clearLine();
						err.println((line.refused() ? "건너뜀 " : "일부 뺌 ") + text);
					}
					if (report != null) {
						report.println(line.line() + "\t" + (line.sourceKey() == null ? "" : tsv(line.sourceKey())) + "\t"
								+ (line.field() == null ? "" : line.field()) + "\t" + tsv(line.reason()) + "\t"
								+ (line.refused() ? "refused" : "partial"));
					}
				}, progress::update);
			}
			progress.clearLine();
			if (shown.get() > SHOWN) {
				err.printf("… 알린 것 %,d건 가운데 %,d건만 보였습니다%s%n", shown.get(), SHOWN,
						report == null ? " (전부 보려면 --report=FILE)" : ": 전부는 " + reportFile);
			}
			double seconds = progress.elapsedSeconds();
			err.printf("가져오기 완료: 읽은 레코드 %,d건, 새 기사 %,d건, 이미 있던 기사 %,d건, 건너뛴 레코드 %,d건, 일부를 뺀 곳 %,d건, %.1f초 (초당 %,.0f건)%n",
					tally.read(), tally.stored(), tally.existed(), tally.refused(), tally.problems(), seconds,
					seconds <= 0 ? 0 : tally.read() / seconds);
			err.println(heap());
			return tally.refused() > 0 ? 3 : 0;
		}
	}

	/**
	 * What the import holds: the heap it may use and what is still live after a full collection
	 * at the end (the high-water mark of a collected heap says more about the collector than about
	 * the import, so it is not shown); an import that finishes in a small heap is the proof that
	 * memory does not grow with the file.
	 */
	private static String heap() {
		System.gc();
		long live = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		return "힙: 한도 %,d MB, 끝난 뒤 살아 있는 것 %,d MB".formatted(Runtime.getRuntime().maxMemory() >> 20, live >> 20);
	}

	/**
	 * Whether a ninjs {@code uri} names a story that is on this site already: our own address
	 * with the number of a story we have. Another paper on the same address (two test set-ups on
	 * localhost) imports as it should: its numbers are not ours.
	 */
	private boolean alreadyHere(String uri) {
		String ours = paper.absolute("/article/");
		if (!uri.startsWith(ours) || !uri.substring(ours.length()).matches("[0-9]{1,18}")) {
			return false;
		}
		return manuscripts.find(Long.parseLong(uri.substring(ours.length()))).isPresent();
	}

	private static String tsv(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	private static int usage(PrintStream err) {
		err.println("사용법: java -jar cjournal.jar import [--format=corpus|ninjs|wxr] [--uploads=DIR] [--report=FILE] FILE");
		err.println("  corpus: 한 줄에 기사 하나인 JSON Lines (id, section, title, body_paragraphs, ...)");
		err.println("  ninjs:  한 줄에 IPTC ninjs 문서 하나");
		err.println("  wxr:    WordPress 내보내기 파일 (도구 → 내보내기); --uploads 는 wp-content/uploads 폴더");
		err.println("형식을 주지 않으면 파일 앞부분을 보고 정합니다. 같은 파일을 다시 가져오면 이미 있는 기사는 건너뜁니다.");
		return 2;
	}

	/** Prints count, rate and time left at most every two seconds; on a terminal it rewrites one line. */
	private static final class Progress {

		private final PrintStream err;

		private final long size;

		private final AtomicLong consumed;

		private final long started = System.nanoTime();

		private final boolean terminal = System.console() != null;

		private long lastReport = started;

		private boolean lineOpen;

		Progress(PrintStream err, long size, AtomicLong consumed) {
			this.err = err;
			this.size = size;
			this.consumed = consumed;
		}

		void update(ArchiveImporter.Tally tally) {
			long now = System.nanoTime();
			if (now - lastReport < PROGRESS_EVERY.toNanos()) {
				return;
			}
			lastReport = now;
			double seconds = (now - started) / 1e9;
			String line = "가져오는 중: %,d건 (새 기사 %,d · 이미 있음 %,d · 건너뜀 %,d), 초당 %,.0f건".formatted(tally.read(),
					tally.stored(), tally.existed(), tally.refused(), tally.read() / seconds);
			if (size >= 0) {
				// The share of the file read so far gives the time left (a WordPress export is read twice: no estimate).
				double fraction = size == 0 ? 1 : Math.min(1, consumed.get() / (double) size);
				long left = fraction <= 0 ? 0 : Math.round(seconds / fraction - seconds);
				line += ", %.0f%%, 남은 시간 약 %s".formatted(fraction * 100,
						left >= 60 ? left / 60 + "분 " + left % 60 + "초" : left + "초");
			}
			if (terminal) {
				err.print("\r" + line + "\u001b[K");
				lineOpen = true;
			}
			else {
				err.println(line);
			}
			err.flush();
		}

		void clearLine() {
			if (lineOpen) {
				err.print("\r\u001b[K");
				lineOpen = false;
			}
		}

		double elapsedSeconds() {
			return (System.nanoTime() - started) / 1e9;
		}
	}

	/** Counts the bytes read from the file, for the share done and the time left. */
	private static final class Counting extends FilterInputStream {

		private final AtomicLong count;

		Counting(InputStream in, AtomicLong count) {
			super(in);
			this.count = count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count.incrementAndGet();
			}
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			int n = super.read(bytes, offset, length);
			if (n > 0) {
				count.addAndGet(n);
			}
			return n;
		}
	}
}
