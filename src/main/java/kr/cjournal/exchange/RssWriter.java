package kr.cjournal.exchange;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kr.cjournal.core.Kst;

/**
 * Writes an RSS 2.0 channel: per item the headline, canonical link and permalink guid, the
 * publication time in RFC 822 with {@code +0900}, the summary, the bylines as {@code dc:creator},
 * the sections as categories, the first photo as {@code media:content}, and with full text on the
 * body as {@code content:encoded}.
 */
final class RssWriter {

	static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String MEDIA = "http://search.yahoo.com/mrss/";

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ENGLISH);

	private RssWriter() {
	}

	/** The channel; {@code lastBuild} is null for a feed with no items. All URLs absolute. */
	record Channel(String title, String link, String description, String self, OffsetDateTime lastBuild) {
	}

	/** A picture: its absolute URL, size and caption. */
	record Picture(String url, int width, int height, String caption) {
	}

	/** One story; {@code bodyHtml} null unless the feed carries full text, {@code picture} null without a photo. */
	record Item(String title, String link, String summary, OffsetDateTime publishedAt, List<String> bylines,
			List<String> categories, Picture picture, String bodyHtml) {
	}

	static String rfc822(OffsetDateTime time) {
		return time.atZoneSameInstant(Kst.ZONE).format(RFC_822);
	}

	static void write(Channel channel, List<Item> items, OutputStream out) {
		try (Xml xml = Xml.start(out)) {
			xml.open("rss").attribute("version", "2.0");
			xml.namespace("content", CONTENT).namespace("dc", DC).namespace("media", MEDIA).namespace("atom", ATOM);
			xml.open("channel")
				.element("title", channel.title())
				.element("link", channel.link())
				.element("description", channel.description())
				.element("language", "ko")
				.empty("atom:link", "href", channel.self(), "rel", "self", "type", "application/rss+xml");
			if (channel.lastBuild() != null) {
				xml.element("lastBuildDate", rfc822(channel.lastBuild()));
			}
			for (Item item : items) {
				item(xml, item);
			}
			xml.close("channel").close("rss");
		}
	}

	private static void item(Xml xml, Item item) {
		xml.open("item")
			.element("title", item.title())
			.element("link", item.link())
			.open("guid").attribute("isPermaLink", "true").text(item.link()).close("guid")
			.element("pubDate", rfc822(item.publishedAt()))
			.element("description", item.summary());
		if (!item.bylines().isEmpty()) {
			xml.element("dc:creator", String.join(", ", item.bylines()));
		}
		for (String category : item.categories()) {
			xml.element("category", category);
		}
		if (item.picture() != null) {
			Picture picture = item.picture();
			xml.open("media:content")
				.attribute("url", picture.url())
				.attribute("medium", "image")
				.attribute("width", Integer.toString(picture.width()))
				.attribute("height", Integer.toString(picture.height()));
			if (picture.caption() != null && !picture.caption().isBlank()) {
				xml.element("media:description", picture.caption());
			}
			xml.close("media:content");
		}
		if (item.bodyHtml() != null) {
			// Escaped rather than CDATA: a body holding "]]>" cannot break out of it.
			xml.element("content:encoded", item.bodyHtml());
		}
		xml.close("item");
	}
}
