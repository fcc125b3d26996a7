package kr.cjournal.exchange;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.cjournal.search.SearchIndex;

/**
 * {@code java -jar cjournal.jar reindex}: builds this node's search index anew from the
 * published stories, beside the one in its data directory, and swaps it in; progress every 2 s
 * on standard error. Run it with the site stopped, or use the admin page on a running site.
 */
@Component
class ReindexCommand implements Command {

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

	private final SearchIndex index;

	ReindexCommand(SearchIndex index) {
		this.index = index;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (!arguments.isEmpty()) {
			err.println("쓰는 법: java -jar cjournal.jar reindex [--cjournal.data-dir=...] [--spring.datasource.url=...]");
			return 2;
		}
		long started = System.nanoTime();
		long[] shown = { started };
		long stories = index.rebuild((done, total) -> {
			long now = System.nanoTime();
			if (now - shown[0] >= PROGRESS_EVERY.toNanos()) {
				shown[0] = now;
				double seconds = (now - started) / 1e9;
				err.printf("색인하는 중: %,d / %,d건, 초당 %,.0f건%n", done, total, done / Math.max(seconds, 0.001));
			}
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		err.printf("검색 색인을 새로 만들었습니다: 기사 %,d건, %.1f초 (초당 %,.0f건)%n", stories, seconds,
				stories / Math.max(seconds, 0.001));
		return 0;
	}
}
