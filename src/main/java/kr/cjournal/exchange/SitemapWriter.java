package kr.cjournal.exchange;

import java.io.OutputStream;
import java.time.OffsetDateTime;

import kr.cjournal.core.Kst;

/**
 * Writes the three files of the sitemaps protocol as they are streamed: a sitemap index, a urlset,
 * and a Google News urlset. Times are W3C datetimes in KST ({@code 2026-11-29T21:03:34+09:00}).
 */
final class SitemapWriter implements AutoCloseable {

	static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	/** The protocol's limit of URLs per file. */
	static final int MAX_URLS = 50_000;

	private final Xml xml;

	private final String root;

	private SitemapWriter(OutputStream out, String root, boolean news) {
		this.xml = Xml.start(out);
		this.root = root;
		xml.open(root).namespace("", SITEMAPS);
		if (news) {
			xml.namespace("news", NEWS);
		}
	}

	static SitemapWriter index(OutputStream out) {
		return new SitemapWriter(out, "sitemapindex", false);
	}

	static SitemapWriter urlset(OutputStream out) {
		return new SitemapWriter(out, "urlset", false);
	}

	static SitemapWriter news(OutputStream out) {
		return new SitemapWriter(out, "urlset", true);
	}

	/** A sitemap of the index. */
	void sitemap(String loc, OffsetDateTime lastModified) {
		xml.open("sitemap").element("loc", loc);
		if (lastModified != null) {
			xml.element("lastmod", Kst.iso(lastModified));
		}
		xml.close("sitemap");
	}

	void url(String loc, OffsetDateTime lastModified) {
		xml.open("url").element("loc", loc);
		if (lastModified != null) {
			xml.element("lastmod", Kst.iso(lastModified));
		}
		xml.close("url");
	}

	/** A story of the news sitemap: {@code publishedAt} is its first publication. */
	void story(String loc, String publication, OffsetDateTime publishedAt, String title) {
		xml.open("url").element("loc", loc).open("news:news");
		xml.open("news:publication").element("news:name", publication).element("news:language", "ko");
		xml.close("news:publication");
		xml.element("news:publication_date", Kst.iso(publishedAt)).element("news:title", title);
		xml.close("news:news").close("url");
	}

	@Override
	public void close() {
		xml.close(root);
		xml.close();
	}
}
