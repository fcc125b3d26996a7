package kr.cjournal.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/** Lets {@code bench.SitemapBenchmark} drive the package-private sitemap writer. */
public final class SitemapBench {

	private SitemapBench() {
	}

	/** Writes {@code urls} article URLs one minute apart, as a month's sitemap; returns bytes written. */
	public static long writeMonth(int urls, OffsetDateTime from, OutputStream sink) {
		long[] count = { 0 };
		OutputStream counted = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				count[0]++;
				sink.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				count[0] += len;
				sink.write(b, off, len);
			}
		};
		// Tomcat's response buffer plays this part in the controller.
		BufferedOutputStream out = new BufferedOutputStream(counted, 8192);
		try (SitemapWriter sitemap = SitemapWriter.urlset(out)) {
			for (int i = 0; i < urls; i++) {
				sitemap.url("https://www.cjournal.kr/article/" + (1_000_000 + i), from.plusMinutes(i));
			}
		}
		try {
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return count[0];
	}
}
