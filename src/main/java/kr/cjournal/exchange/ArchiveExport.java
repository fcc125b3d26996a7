package kr.cjournal.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar cjournal.jar export FILE} (or {@code -} for standard output): every published
 * article as one ninjs document per line (JSON Lines), lowest id first. Articles are read a
 * batch at a time by id (keyset paging) and written straight onto a streaming generator, so the
 * export holds one batch whatever the archive's size. A file appears only when complete: it is
 * written beside its name and moved into place at the end. Progress (count, rate) and a summary
 * go to standard error.
 */
@Component
class ArchiveExport implements Command {

	static final int BATCH = 200;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

	private final PublishedStories stories;

	private final NinjsWriter writer;

	private final ObjectWriter lines;

	ArchiveExport(PublishedStories stories, NinjsWriter writer, JsonMapper json) {
		this.stories = stories;
		this.writer = writer;
		// Each document ends with its own newline; no separator in front of the next.
		this.lines = json.writer().withRootValueSeparator((String) null);
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
		if (arguments.size() != 1) {
			err.println("사용법: java -jar cjournal.jar export FILE   (FILE 대신 - 이면 표준 출력)");
			err.println("게시된 기사 전부를 한 줄에 하나씩 IPTC ninjs 2.1 JSON으로 내보냅니다.");
			return 2;
		}
		String target = arguments.get(0);
		if (target.equals("-")) {
			Summary summary = export(out, err);
			err.println(summary.describe("표준 출력"));
			return 0;
		}
		Path file = Path.of(target).toAbsolutePath();
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		Summary summary;
		try (OutputStream stream = Files.newOutputStream(partial)) {
			summary = export(stream, err);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		err.println(summary.describe(file + " (" + Files.size(file) + " bytes)"));
		return 0;
	}

	/** Writes every published article onto {@code target}; the stream is flushed, not closed. */
	Summary export(OutputStream target, PrintStream err) {
		long started = System.nanoTime();
		long lastReport = started;
		long count = 0;
		long afterId = 0;
		BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 16);
		try (JsonGenerator out = lines.createGenerator(new NotClosing(buffered))) {
			List<PublishedStory> batch;
			while (!(batch = stories.after(afterId, BATCH)).isEmpty()) {
				for (PublishedStory story : batch) {
					writer.write(story, out);
					out.writeRaw('\n');
					count++;
				}
				afterId = batch.get(batch.size() - 1).id();
				long now = System.nanoTime();
				if (now - lastReport >= PROGRESS_EVERY.toNanos()) {
					err.printf("내보내는 중: %,d건 (초당 %,.0f건)%n", count, rate(count, now - started));
					lastReport = now;
				}
			}
			out.flush();
		}
		return new Summary(count, System.nanoTime() - started);
	}

	private static double rate(long count, long nanos) {
		return nanos <= 0 ? 0 : count / (nanos / 1e9);
	}

	/** How many articles were written and how long it took. */
	record Summary(long articles, long nanos) {

		double perSecond() {
			return rate(articles, nanos);
		}

		String describe(String where) {
			return "내보내기 완료: 기사 %,d건, %.1f초, 초당 %,.0f건 → %s".formatted(articles, nanos / 1e9, perSecond(),
					where);
		}
	}

	/** Lets the generator flush into a stream it must not close (standard output, or the caller's file). */
	private static final class NotClosing extends java.io.FilterOutputStream {

		NotClosing(OutputStream target) {
			super(target);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
