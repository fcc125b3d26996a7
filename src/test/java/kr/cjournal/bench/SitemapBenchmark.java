package kr.cjournal.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes a sitemap month of 50,000 URLs with the exchange module's writer to a counting stream, as
 * the controller streams it, and prints the time, the bytes, the bytes allocated and the heap in
 * use afterwards. Not a test; run with
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.cjournal.bench.SitemapBenchmark}
 * or plain {@code java -cp target/classes:target/test-classes kr.cjournal.bench.SitemapBenchmark}.
 */
public class SitemapBenchmark {

	public static void main(String[] args) throws Exception {
		int urls = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		for (int round = 1; round <= 5; round++) {
			System.gc();
			long heapBefore = usedHeap();
			long allocatedBefore = allocated();
			long start = System.nanoTime();
			long bytes = kr.cjournal.exchange.SitemapBench.writeMonth(urls, OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0,
					ZoneOffset.UTC), new Counting());
			long micros = (System.nanoTime() - start) / 1_000;
			System.out.printf("round %d: %,d URLs, %,d bytes in %,d ms; allocated %,d MB; heap in use after %,d MB (before %,d MB)%n",
					round, urls, bytes, micros / 1000, (allocated() - allocatedBefore) >> 20, usedHeap() >> 20,
					heapBefore >> 20);
		}
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	static final class Counting extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}
}
