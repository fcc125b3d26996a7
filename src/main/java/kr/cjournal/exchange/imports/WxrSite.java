package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a WXR file says besides its posts, read in a first pass over the whole file: the site's
 * address, its authors, its categories (to know their parents) and its attachments (a post's
 * featured image may be an attachment written after the post). Only these small facts are kept,
 * never a post's body.
 *
 * <p>When the XML breaks among the items, the first pass keeps what it read before; the second
 * pass meets the same break and reports it for the item it is in.
 */
final class WxrSite {

	record Category(String name, String parent) {
	}

	record Attachment(String url, String alt, String caption) {
	}

	String baseSiteUrl = "";

	String link = "";

	final Map<String, ImportRecord.Byline> authors = new HashMap<>();

	final Map<String, Category> categories = new HashMap<>();

	final Map<Long, Attachment> attachments = new HashMap<>();

	/** Attachments by their address with any WordPress size taken off ({@link UploadsFolder#originalUrl}). */
	final Map<String, Attachment> attachmentsByUrl = new HashMap<>();

	private WxrSite() {
	}

	static WxrSite read(InputStream in) throws IOException {
		WxrSite site = new WxrSite();
		XMLStreamReader xml = WxrXml.open(in);
		boolean items = false;
		boolean wordpress = false;
		try {
			int depth = 0;
			boolean rss = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
					continue;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (depth == 0) {
					rss = name.equals("rss");
					if (!rss) {
						throw new IOException("WordPress 내보내기 파일(WXR)이 아닙니다: 첫 요소가 <rss>가 아니라 <" + name + ">입니다");
					}
				}
				if (depth == 2 && WxrXml.isPlain(xml) && name.equals("item")) {
					items = true;
					WxrItem item = WxrItem.read(xml, false);
					wordpress |= !item.type().isEmpty();
					site.item(item);
				}
				else if (depth == 2 && WxrXml.isPlain(xml) && name.equals("link")) {
					site.link = WxrXml.text(xml, 2000).strip();
				}
				else if (depth == 2 && WxrXml.isWordPress(xml.getNamespaceURI())) {
					wordpress = true;
					site.channelEntry(xml, name);
				}
				else if (depth >= 2) {
					WxrXml.skip(xml);
				}
				else {
					depth++;
				}
			}
			if (!rss) {
				throw new IOException("WordPress 내보내기 파일(WXR)이 아닙니다: 빈 파일입니다");
			}
			if (!wordpress) {
				throw new IOException("WordPress 내보내기 파일(WXR)이 아닙니다: wp: 항목이 없는 RSS 피드입니다");
			}
		}
		catch (XMLStreamException e) {
			if (!items) {
				throw new IOException("WordPress 내보내기 파일(WXR)이 아니거나 XML이 깨져 있습니다 (" + line(e) + "번째 줄)", e);
			}
		}
		finally {
			close(xml);
		}
		return site;
	}

	/** The site's address, as {@code <wp:base_site_url>} or the channel's {@code <link>} gives it. */
	String siteUrl() {
		return baseSiteUrl.isEmpty() ? link : baseSiteUrl;
	}

	Attachment attachment(String url) {
		return attachmentsByUrl.get(UploadsFolder.originalUrl(url));
	}

	private void channelEntry(XMLStreamReader xml, String name) throws XMLStreamException {
		switch (name) {
			case "base_site_url" -> baseSiteUrl = WxrXml.text(xml, 2000).strip();
			case "author" -> {
				Map<String, String> fields = fields(xml);
				String login = fields.getOrDefault("author_login", "").strip();
				String display = HtmlToMarkdown.text(fields.getOrDefault("author_display_name", ""));
				String email = fields.getOrDefault("author_email", "").strip();
				if (!login.isEmpty()) {
					authors.put(login, new ImportRecord.Byline(display.isEmpty() ? login : display,
							email.isEmpty() ? null : email));
				}
			}
			case "category" -> {
				Map<String, String> fields = fields(xml);
				String nicename = fields.getOrDefault("category_nicename", "").strip();
				if (!nicename.isEmpty()) {
					categories.put(nicename.toLowerCase(Locale.ROOT),
							new Category(HtmlToMarkdown.text(fields.getOrDefault("cat_name", "")),
									fields.getOrDefault("category_parent", "").strip().toLowerCase(Locale.ROOT)));
				}
			}
			default -> WxrXml.skip(xml);
		}
	}

	private void item(WxrItem item) {
		if (!item.type().equals("attachment")) {
			return;
		}
		String url = item.field("attachment_url").strip();
		long id;
		try {
			id = Long.parseLong(item.field("post_id").strip());
		}
		catch (NumberFormatException e) {
			return;
		}
		if (url.isEmpty()) {
			return;
		}
		Attachment attachment = new Attachment(url, HtmlToMarkdown.text(item.meta().get("_wp_attachment_image_alt")),
				HtmlToMarkdown.text(item.field("excerpt")));
		attachments.put(id, attachment);
		attachmentsByUrl.putIfAbsent(UploadsFolder.originalUrl(url), attachment);
	}

	/** The simple fields of a channel entry such as {@code <wp:author>}. */
	private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				fields.put(xml.getLocalName(), WxrXml.text(xml, 2000));
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("unexpected end of file", xml.getLocation());
			}
		}
		return fields;
	}

	static long line(XMLStreamException e) {
		return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
	}

	static void close(XMLStreamReader xml) {
		try {
			xml.close();
		}
		catch (XMLStreamException e) {
			// nothing was written; the stream itself is closed by its owner
		}
	}
}
