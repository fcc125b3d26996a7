package kr.cjournal.exchange.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One {@code <item>} of a WXR file as written: a post, a page, an attachment, a menu entry. Only
 * the fields an import uses are kept, each cut at a length no real post reaches; comments
 * ({@code <wp:comment>}) are passed over.
 */
record WxrItem(long line, Map<String, String> fields, List<Category> categories, Map<String, String> meta) {

	/** The longest {@code content:encoded} read; a longer body is refused as a whole. */
	static final int CONTENT_LIMIT = 2_000_000;

	static final int FIELD_LIMIT = 20_000;

	private static final Set<String> META_KEYS = Set.of("_thumbnail_id", "_wp_attachment_image_alt");

	/** A {@code <category domain=".." nicename="..">name</category>} of the item. */
	record Category(String domain, String nicename, String name) {
	}

	String field(String name) {
		return fields.getOrDefault(name, "");
	}

	String type() {
		return field("post_type").strip();
	}

	/**
	 * Reads the item the reader is at (on its start tag) up to its end tag.
	 *
	 * @param withContent false to pass over the bodies, when only attachments are wanted
	 */
	static WxrItem read(XMLStreamReader xml, boolean withContent) throws XMLStreamException {
		long line = xml.getLocation().getLineNumber();
		Map<String, String> fields = new HashMap<>();
		List<Category> categories = new ArrayList<>();
		Map<String, String> meta = new HashMap<>();
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return new WxrItem(line, fields, categories, meta);
			}
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("unexpected end of file", xml.getLocation());
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			String namespace = xml.getNamespaceURI();
			if (WxrXml.isPlain(xml) && name.equals("category")) {
				String domain = attribute(xml, "domain");
				String nicename = attribute(xml, "nicename");
				categories.add(new Category(domain, nicename, WxrXml.text(xml, 1000)));
			}
			else if (WxrXml.isPlain(xml) && (name.equals("title") || name.equals("link"))) {
				fields.put(name, WxrXml.text(xml, FIELD_LIMIT));
			}
			else if (WxrXml.DC.equals(namespace) && name.equals("creator")) {
				fields.put("creator", WxrXml.text(xml, FIELD_LIMIT));
			}
			else if (WxrXml.CONTENT.equals(namespace) && name.equals("encoded") && withContent) {
				fields.put("content", WxrXml.text(xml, CONTENT_LIMIT));
			}
			else if (WxrXml.isExcerpt(namespace) && name.equals("encoded")) {
				fields.put("excerpt", WxrXml.text(xml, FIELD_LIMIT));
			}
			else if (WxrXml.isWordPress(namespace) && name.equals("postmeta")) {
				postmeta(xml, meta);
			}
			else if (WxrXml.isWordPress(namespace) && !name.equals("comment")) {
				fields.put(name, WxrXml.text(xml, FIELD_LIMIT));
			}
			else {
				WxrXml.skip(xml);
			}
		}
	}

	private static void postmeta(XMLStreamReader xml, Map<String, String> meta) throws XMLStreamException {
		String key = "";
		String value = "";
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("unexpected end of file", xml.getLocation());
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			if (name.equals("meta_key")) {
				key = WxrXml.text(xml, 200).strip();
			}
			else if (name.equals("meta_value")) {
				value = WxrXml.text(xml, FIELD_LIMIT);
			}
			else {
				WxrXml.skip(xml);
			}
		}
		if (META_KEYS.contains(key)) {
			meta.put(key, value);
		}
	}

	private static String attribute(XMLStreamReader xml, String name) {
		String value = xml.getAttributeValue(null, name);
		return value == null ? "" : value;
	}
}
